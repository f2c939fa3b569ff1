package qa

// Entity is one named thing of the corpus (a person, company, product,
// outlet, place or term) with every form people write it in: Chinese in
// Traditional and Simplified script, English, short forms, nicknames and
// common misspellings. The corpus alias table supplies them.
type Entity struct {
	ID   string `json:"id"`
	Type string `json:"type"` // person, org, product, outlet, place, term
	// EN and ZH list the forms; the first of each is the canonical name.
	EN []string `json:"en"`
	ZH []string `json:"zh"`
	// Heads lists the organisations the article presents this person as
	// heading (founder, CEO): a passage that names the person speaks for
	// them when a question names the organisation (扎克伯格 for Meta).
	Heads []string `json:"heads,omitempty"`
	// Bare lists one-character Chinese surnames a question may name the
	// person by (王 for Alexandr Wang, as the article itself once does):
	// they name the person only where they stand alone, after the start,
	// a non-Han character or a word such as 挖, 找, 给, 和, 的, and not
	// before a character that makes them part of a word or another name
	// (王者, 王小川).
	Bare []string `json:"bare,omitempty"`
}

// NameEN is the canonical English name.
func (e Entity) NameEN() string {
	if len(e.EN) > 0 {
		return e.EN[0]
	}
	return e.ID
}

// NameZH is the canonical Chinese name (Traditional, as the article writes).
func (e Entity) NameZH() string {
	if len(e.ZH) > 0 {
		return e.ZH[0]
	}
	return e.NameEN()
}
