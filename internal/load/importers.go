package load

import (
	"path/filepath"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/load/hsg"
	"github.com/amity-graph/amity/internal/load/mayors"
	"github.com/amity-graph/amity/internal/load/missions"
	"github.com/amity-graph/amity/internal/load/pocom"
	"github.com/amity-graph/amity/internal/load/refdata"
	"github.com/amity-graph/amity/internal/store"
)

// The readers below turn each importer's result into a data set of amity-load: one
// unit, the rows of each file counted, the rows not imported reported.

func readMissions(in *Input) (*DatasetResult, error) {
	places, err := in.places()
	if err != nil {
		return nil, err
	}
	r, err := missions.Read(filepath.Join(in.DataDir, "reference", missions.File), places)
	if err != nil {
		return nil, err
	}
	res := single(r.Sources, r.Entities, r.Relations)
	res.Files = []FileCounts{{File: missions.File, Read: r.Stats.Rows, Imported: r.Stats.Imported, Merged: r.Stats.Merged}}
	res.Unresolved = unresolved(r.Unresolved, false)
	return res, nil
}

func readHSG(in *Input) (*DatasetResult, error) {
	places, err := in.places()
	if err != nil {
		return nil, err
	}
	r, err := hsg.Read(filepath.Join(in.DataDir, "reference"), places)
	if err != nil {
		return nil, err
	}
	res := single(r.Sources, r.Entities, r.Relations)
	for _, set := range []struct{ name, file string }{{hsg.DataSetTravels, hsg.TravelsFile}, {hsg.DataSetVisits, hsg.VisitsFile}} {
		if st := r.Stats[set.name]; st != nil {
			res.Files = append(res.Files, FileCounts{File: set.file, Read: st.RowsRead, Imported: st.Imported, Merged: st.Merged})
		}
	}
	// A trip whose city or country does not resolve is still imported, without that part.
	res.Unresolved = unresolved(r.Unresolved, true)
	for _, m := range r.Merges {
		res.Doubtful = append(res.Doubtful, Doubtful{File: m.File, Line: m.Line, ID: m.ID, Detail: m.Detail})
	}
	return res, nil
}

func readPocom(in *Input) (*DatasetResult, error) {
	places, err := in.places()
	if err != nil {
		return nil, err
	}
	r, err := pocom.Read(filepath.Join(in.DataDir, "reference"), places)
	if err != nil {
		return nil, err
	}
	res := single(r.Sources, r.Entities, r.Relations)
	res.Files = []FileCounts{{File: pocom.AppointmentsFile, Read: r.Stats["rowsRead"], Imported: r.Stats["imported"], Merged: r.Stats["merged"]}}
	res.Unresolved = append(unresolved(r.Unresolved, false), unresolved(r.Skipped, false)...)
	return res, nil
}

func readMayors(in *Input) (*DatasetResult, error) {
	places, err := in.places()
	if err != nil {
		return nil, err
	}
	r, err := mayors.Read(filepath.Join(in.DataDir, "reference"), places)
	if err != nil {
		return nil, err
	}
	res := single(r.Sources, r.Entities, r.Relations)
	res.Files = []FileCounts{{File: mayors.File, Read: r.Stats["rowsRead"], Imported: r.Stats["imported"], Merged: r.Stats["merged"]}}
	res.Unresolved = unresolved(r.Unresolved, false)
	return res, nil
}

// places is the reference data's Places, for importers that find countries and cities.
func (in *Input) places() (refdata.Places, error) {
	ref, err := in.Reference()
	if err != nil {
		return nil, err
	}
	return ref.Places, nil
}

func single(src []kg.Source, ents []kg.Entity, rels []kg.Relation) *DatasetResult {
	return &DatasetResult{Units: []store.Records{{Sources: src, Entities: ents, Relations: rels}}}
}

func unresolved(us []refdata.Unresolved, part bool) []Unresolved {
	out := make([]Unresolved, 0, len(us))
	for _, u := range us {
		out = append(out, Unresolved{File: u.File, Line: u.Line, Row: u.Row, Reason: u.Reason, Detail: u.Detail, Part: part})
	}
	return out
}
