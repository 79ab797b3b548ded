package ingest

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// Meta is what an article says of itself: title, publisher, publication date, address.
type Meta struct {
	Title     string `json:"title" yaml:"title"`
	Publisher string `json:"publisher,omitempty" yaml:"publisher"`
	Published string `json:"publishedAt,omitempty" yaml:"publishedAt"`
	URL       string `json:"url,omitempty" yaml:"url"`
}

var (
	// "time:2024-08-14", "时间:2024-08-14", "date 2018-08-10", "Updated : 2020-08-17"
	pubLineRe = regexp.MustCompile(`(?i)(?:^|\s|\|)(?:time|date|时间|日期|发布时间|published|updated|posted)\s*[:：]?\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})`)
	// "SHENYANG, China, Nov. 21, 2024 (GLOBE NEWSWIRE)", "KARACHI, April 30:"
	datelineRe = regexp.MustCompile(`^[A-Z][A-Z .'-]+,(?: [A-Z][a-z]+,)? ` + monthRe + ` (\d{1,2}),? (\d{4})?`)
	// "Friday, November 1, 2013", "November 1, 2013"
	dateOnlyRe = regexp.MustCompile(`^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?` + monthRe + ` (\d{1,2}),? (\d{4})$`)
	// "供稿部门:Shenyang Foreign Affairs Office", "Source : CCFAO", "(GLOBE NEWSWIRE)"
	publisherRe = regexp.MustCompile(`(?:供稿部门|来源|Source|Publisher)\s*[:：]\s*([^\n|]*?)\s*(?:\||$|\n|【)`)
	wireRe      = regexp.MustCompile(`\((GLOBE NEWSWIRE|PRNewswire|PR Newswire|Business Wire|Xinhua)\)`)
)

// ReadMeta reads the title, publisher and publication date the text states in its first
// lines; a field it cannot find is left empty.
func ReadMeta(text string) Meta {
	var m Meta
	lines := strings.Split(text, "\n")
	var head []string
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			head = append(head, l)
		}
		if len(head) == 6 {
			break
		}
	}
	for _, l := range head {
		if isMetaLine(l) {
			continue
		}
		if len([]rune(l)) <= 200 && (!strings.HasSuffix(l, ".") || len([]rune(l)) <= 150 && !strings.Contains(strings.TrimSuffix(l, "."), ". ")) {
			m.Title = l
		}
		break
	}
	headText := strings.Join(head, "\n")
	if d := pubLineRe.FindStringSubmatch(headText); d != nil {
		if v := ymd(d[1], d[2], d[3]); v != "" {
			m.Published = v
		}
	}
	if m.Published == "" {
		for _, l := range head {
			// a line that is only a date: "Friday, November 1, 2013", under a title
			// or a speaker's name, office and place
			if d := dateOnlyRe.FindStringSubmatch(l); d != nil {
				if v := ymd(d[3], strconv.Itoa(months[strings.ToLower(d[1])]), d[2]); v != "" {
					m.Published = v
					break
				}
			}
		}
	}
	if m.Published == "" {
		for _, l := range head {
			if d := datelineRe.FindStringSubmatch(l); d != nil && d[3] != "" {
				if v := ymd(d[3], strconv.Itoa(months[strings.ToLower(d[1])]), d[2]); v != "" {
					m.Published = v
					break
				}
			}
		}
	}
	if p := publisherRe.FindStringSubmatch(headText + "\n"); p != nil && strings.TrimSpace(p[1]) != "" {
		m.Publisher = strings.TrimSpace(p[1])
	} else if w := wireRe.FindStringSubmatch(headText); w != nil {
		m.Publisher = w[1]
	}
	return m
}

func isMetaLine(l string) bool {
	return dateOnlyRe.MatchString(l) || pubLineRe.MatchString(" "+l) && len([]rune(l)) < 80 || strings.HasPrefix(l, "date ") || strings.HasPrefix(l, "Skip to")
}

func ymd(y, mo, d string) string {
	yi, _ := strconv.Atoi(y)
	mi, _ := strconv.Atoi(mo)
	di, _ := strconv.Atoi(d)
	v := kg.Date{Year: yi, Month: mi, Day: di}.String()
	if kg.ValidateDate(v) != nil {
		return ""
	}
	return v
}

// Merge fills the fields of m that over leaves empty; what the caller gives wins.
func (m Meta) Merge(over Meta) Meta {
	if over.Title != "" {
		m.Title = over.Title
	}
	if over.Publisher != "" {
		m.Publisher = over.Publisher
	}
	if over.Published != "" {
		m.Published = over.Published
	}
	if over.URL != "" {
		m.URL = over.URL
	}
	return m
}
