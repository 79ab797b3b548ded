// What "as of a date" means in the page, in one module.
//
// With a date set, the neighbourhoods the page asks for come from the API's asOf (the
// server's rule: only facts in force then, undated ones when asked), so what is drawn
// after moving the slider holds on that date. What was drawn before is filtered here,
// by the same comparison at the year: a relation is shown when its start (startDate or
// since) is not after the date and its end (endDate or until) not before it; an event
// when it started by then. Visits are asked with `to:`.

export const state = { date: null, includeUndated: true };

// year is a partial date's year ("2024-08-08" -> 2024, "--03-20" -> null).
export function year(d) {
  if (!d || d.startsWith("--")) return null;
  const y = parseInt(d.slice(0, 4), 10);
  return Number.isFinite(y) ? y : null;
}

// active reports whether something dated start..end is in force at the slider's date.
// Dates compare at their own precision: a relation since 2019 is in force as of 2019.
export function active(start, end) {
  if (state.date === null) return true;
  const s = year(start), e = year(end);
  if (s === null && e === null) return state.includeUndated;
  if (s !== null && s > state.date) return false;
  if (e !== null && e < state.date) return false;
  return true;
}

// Arguments for the queries that accept a date: visits up to the date.
export function visitArgs() {
  return state.date === null ? {} : { to: String(state.date) };
}

// Arguments for the graph queries: the API's asOf when a date is set.
export function queryArgs() {
  return state.date === null ? {} : { asOf: String(state.date), includeUndated: state.includeUndated };
}

// range is the span of years among dates, or null when none has a year.
export function range(dates) {
  let lo = Infinity, hi = -Infinity;
  for (const d of dates) {
    const y = year(d);
    if (y === null) continue;
    lo = Math.min(lo, y);
    hi = Math.max(hi, y);
  }
  return lo === Infinity ? null : [lo, hi];
}

// Edge dates as the API reads them: start is startDate or since, end endDate or until.
export function edgeDates(props) {
  const p = props || {};
  return [p.startDate || p.since || null, p.endDate || p.until || null];
}
