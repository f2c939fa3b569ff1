package main

import (
	"fmt"
	"os"

	"github.com/talentwar/qa/corpus"
	"github.com/talentwar/qa/index"
	"github.com/talentwar/qa/qa"
)

func main() {
	c, err := corpus.Load()
	if err != nil {
		panic(err)
	}
	ix, err := index.New(c.Passages(), index.Options{})
	if err != nil {
		panic(err)
	}
	e := qa.NewEngine(ix, c.Documents, c.Aliases, qa.EngineOptions{})
	args := os.Args[1:]
	if args[0] == "-p" {
		fmt.Print(e.DebugFit(args[2], args[1]))
		return
	}
	var hist []string
	for len(args) > 1 {
		hist = append(hist, args[0])
		args = args[1:]
	}
	fmt.Print(e.Debug(args[0], hist))
}
