package index

import (
	"sync/atomic"

	"github.com/talentwar/qa/qa"
)

// generations numbers index contents across the process, so that two
// indexes, or one index before and after a change, never share one.
var generations atomic.Uint64

// Generation identifies what the index holds: it changes whenever
// passages are added. It implements qa.Generationer, so the engine's
// answer cache never serves an answer from other content.
func (ix *Index) Generation() uint64 { return ix.gen.Load() }

// changed gives the index a new generation and forgets what was kept
// about the old content.
func (ix *Index) changed() {
	ix.gen.Store(generations.Add(1))
	if ix.fuzzy == nil {
		return
	}
	ix.fuzzy.mu.Lock()
	ix.fuzzy.cur, ix.fuzzy.old = nil, nil
	ix.fuzzy.mu.Unlock()
}

var _ qa.Generationer = (*Index)(nil)
