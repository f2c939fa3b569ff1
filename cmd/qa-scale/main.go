// Command qa-scale measures how the index grows with the corpus: for each
// corpus folder (written by qa-gen) it builds an on-disk scorch index,
// reporting the build rate, the size on disk, the query latency in process
// and the memory, and optionally the same corpus split into shards behind
// one index alias.
//
//	qa-scale [-shards 4] [-work DIR] CORPUS_DIR...
//
// The queries are the labelled questions as the engine sends them to the
// index (analysed against the article's entity table: both languages'
// fields, fuzzy names, entity forms, term locations for highlights), and
// the same questions as stock Bleve's plain match query on an index of the
// corpus's Chinese text with the cjk analyzer.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/talentwar/qa/corpus"
	"github.com/talentwar/qa/index"
	"github.com/talentwar/qa/qa"
	"github.com/talentwar/qa/qa/eval"
)

func main() {
	shards := flag.Int("shards", 4, "also build the corpus in this many shards behind an index alias (0: no)")
	shardMin := flag.Int("shard-min", 100000, "only shard corpora of at least this many passages")
	shardMax := flag.Int("shard-max", 100000, "and at most this many")
	work := flag.String("work", "", "folder for the indexes (default: a temporary folder, removed at the end)")
	questions := flag.String("questions", "testdata/eval/questions.jsonl", "labelled questions (JSON Lines)")
	rounds := flag.Int("rounds", 4, "times each question is asked (after one untimed round)")
	stock := flag.Bool("stock", true, "also measure stock Bleve on the same corpus (in memory)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the whole run here")
	flag.Parse()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "qa-scale:", err)
			os.Exit(1)
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: qa-scale [-shards 4] [-work DIR] CORPUS_DIR...")
		os.Exit(2)
	}
	if err := run(flag.Args(), *work, *questions, *shards, *shardMin, *shardMax, *rounds, *stock); err != nil {
		pprof.StopCPUProfile()
		fmt.Fprintln(os.Stderr, "qa-scale:", err)
		os.Exit(1)
	}
}

// row is one measured index.
type row struct {
	name                 string
	passages             int
	load, build          time.Duration
	diskBytes            int64
	p50, p99             time.Duration
	stockP50, stockP99   time.Duration
	heapMiB, rssMiB, hwm float64
}

func run(dirs []string, work, qfile string, shards, shardMin, shardMax, rounds int, stock bool) error {
	qs, err := eval.ReadJSONL[eval.Question](qfile)
	if err != nil {
		return err
	}
	queries, texts, err := engineQueries(qs)
	if err != nil {
		return err
	}
	if work == "" {
		if work, err = os.MkdirTemp("", "qa-scale-"); err != nil {
			return err
		}
		defer os.RemoveAll(work)
	}
	fmt.Printf("%d cores, GOMAXPROCS %d, %d questions × %d rounds per index\n\n", runtime.NumCPU(), runtime.GOMAXPROCS(0), len(queries), rounds)
	var rows []row
	for _, dir := range dirs {
		t0 := time.Now()
		c, err := corpus.LoadFS(os.DirFS(dir))
		if err != nil {
			return err
		}
		ps := c.Passages()
		load := time.Since(t0)
		name := filepath.Base(filepath.Clean(dir))

		// One on-disk index.
		idir := filepath.Join(work, name+"-index")
		os.RemoveAll(idir)
		t0 = time.Now()
		ix, _, err := index.OpenDir(idir, c.Checksum, ps, index.Options{})
		if err != nil {
			return err
		}
		r := row{name: name, passages: len(ps), load: load, build: time.Since(t0), diskBytes: du(idir)}
		r.p50, r.p99 = measure(rounds, len(queries), func(i int) error {
			_, err := ix.Search(context.Background(), queries[i])
			return err
		})
		r.heapMiB, r.rssMiB, r.hwm = memory()
		if stock {
			st, err := index.NewStock(ps)
			if err != nil {
				return err
			}
			r.stockP50, r.stockP99 = measure(rounds, len(texts), func(i int) error {
				_, err := st.Search(context.Background(), texts[i], qa.DefaultK)
				return err
			})
			st.Close()
		}
		ix.Close()
		rows = append(rows, r)
		printRow(r)

		if shards > 1 && len(ps) >= shardMin && len(ps) <= shardMax {
			sdir := filepath.Join(work, name+"-shards")
			os.RemoveAll(sdir)
			if err := os.MkdirAll(sdir, 0o755); err != nil {
				return err
			}
			t0 = time.Now()
			sx, err := index.NewSharded(ps, shards, sdir, index.Options{})
			if err != nil {
				return err
			}
			s := row{name: fmt.Sprintf("%s, %d shards", name, shards), passages: len(ps), load: load, build: time.Since(t0), diskBytes: du(sdir)}
			s.p50, s.p99 = measure(rounds, len(queries), func(i int) error {
				_, err := sx.Search(context.Background(), queries[i])
				return err
			})
			s.heapMiB, s.rssMiB, s.hwm = memory()
			sx.Close()
			rows = append(rows, s)
			printRow(s)
		}
		c, ps = nil, nil
		runtime.GC()
	}
	fmt.Println()
	fmt.Println("| corpus | passages | build s | passages/s | index on disk MB | query p50 ms | p99 ms | stock p50 ms | stock p99 ms | heap MiB | RSS MiB | peak RSS MiB |")
	fmt.Println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
	for _, r := range rows {
		st50, st99 := "–", "–"
		if r.stockP50 > 0 {
			st50, st99 = msf(r.stockP50), msf(r.stockP99)
		}
		fmt.Printf("| %s | %d | %.1f | %.0f | %.1f | %s | %s | %s | %s | %.0f | %.0f | %.0f |\n", r.name, r.passages, r.build.Seconds(),
			float64(r.passages)/r.build.Seconds(), float64(r.diskBytes)/1e6, msf(r.p50), msf(r.p99), st50, st99, r.heapMiB, r.rssMiB, r.hwm)
	}
	return nil
}

func printRow(r row) {
	fmt.Fprintf(os.Stderr, "%s: %d passages loaded in %s, index built in %s (%.0f/s), %.1f MB on disk, query p50 %s p99 %s ms\n",
		r.name, r.passages, r.load.Round(time.Millisecond), r.build.Round(time.Millisecond), float64(r.passages)/r.build.Seconds(),
		float64(r.diskBytes)/1e6, msf(r.p50), msf(r.p99))
}

func msf(d time.Duration) string {
	return strconv.FormatFloat(float64(d.Microseconds())/1000, 'f', 2, 64)
}

// engineQueries returns the labelled questions as the engine sends them to
// its index, and as typed.
func engineQueries(qs []eval.Question) ([]qa.Query, []string, error) {
	c, err := corpus.Load()
	if err != nil {
		return nil, nil, err
	}
	ix, err := index.New(c.Passages(), index.Options{})
	if err != nil {
		return nil, nil, err
	}
	defer ix.Close()
	rec := &recorder{s: ix}
	e := qa.NewEngine(rec, c.Documents, c.Aliases, qa.EngineOptions{})
	var texts []string
	for _, q := range qs {
		if _, err := e.Ask(context.Background(), qa.Request{Question: q.Q, NoSession: true}); err != nil {
			return nil, nil, err
		}
		texts = append(texts, q.Q)
	}
	if len(rec.qs) != len(qs) {
		return nil, nil, errors.New("not every question reached the index")
	}
	return rec.qs, texts, nil
}

type recorder struct {
	s  qa.Searcher
	qs []qa.Query
}

func (r *recorder) Search(ctx context.Context, q qa.Query) ([]qa.Hit, error) {
	r.qs = append(r.qs, q)
	return r.s.Search(ctx, q)
}

// measure runs f over n queries, once untimed, then rounds times, and
// returns the median and 99th percentile latency.
func measure(rounds, n int, f func(i int) error) (time.Duration, time.Duration) {
	for i := 0; i < n; i++ {
		f(i)
	}
	var lat []time.Duration
	for r := 0; r < rounds; r++ {
		for i := 0; i < n; i++ {
			t := time.Now()
			if err := f(i); err != nil {
				fmt.Fprintln(os.Stderr, "qa-scale: query:", err)
			}
			lat = append(lat, time.Since(t))
		}
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	return lat[len(lat)/2], lat[min(len(lat)-1, len(lat)*99/100)]
}

// memory returns the live heap after a collection, and the process's
// resident memory now and at its peak, in MiB.
func memory() (heap, rss, hwm float64) {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	heap = float64(ms.HeapAlloc) / (1 << 20)
	b, _ := os.ReadFile("/proc/self/status")
	for _, line := range strings.Split(string(b), "\n") {
		for _, k := range []struct {
			key string
			v   *float64
		}{{"VmRSS:", &rss}, {"VmHWM:", &hwm}} {
			if rest, ok := strings.CutPrefix(line, k.key); ok {
				if f := strings.Fields(rest); len(f) > 0 {
					kb, _ := strconv.ParseFloat(f[0], 64)
					*k.v = kb / 1024
				}
			}
		}
	}
	return heap, rss, hwm
}

// du is the size of the files under dir.
func du(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}
