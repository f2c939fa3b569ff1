// Command qa serves and queries the bilingual question-answering engine.
//
//	qa serve [--addr :8080] [--index-dir DIR]   start the HTTP server
//	qa ask "question" [--k N] [--json]          answer one question
//	qa passages                                 print every passage as JSON Lines
//	qa eval [--questions FILE]                  measure retrieval and answers
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "qa:", err)
		}
		os.Exit(exitCode(err))
	}
}

type usageError struct{ error }

func exitCode(err error) int {
	var ue usageError
	if errors.As(err, &ue) || errors.Is(err, flag.ErrHelp) {
		return 2
	}
	return 1
}

const usage = `usage:
  qa serve [--addr HOST:PORT] [--index-dir DIR]   start the HTTP server (env QA_ADDR, QA_INDEX_DIR)
  qa ask "question" [--k N] [--json]              answer one question
  qa passages                                     print every passage as JSON Lines
  qa eval [--questions FILE] [--json]             measure retrieval and answers on the labelled set
  qa train [--cv] [--out FILE]                    learn the answer model from the labelled sets (never the blind one)
Run "qa COMMAND --help" for a command's flags.`

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return usageError{errors.New("no command given")}
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "serve":
		return runServe(ctx, rest, stdout, stderr)
	case "ask":
		return runAsk(ctx, rest, stdout, stderr)
	case "passages":
		return runPassages(ctx, rest, stdout, stderr)
	case "eval":
		return runEval(ctx, rest, stdout, stderr)
	case "train":
		return runTrain(ctx, rest, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprintln(stdout, usage)
		return nil
	}
	fmt.Fprintln(stderr, usage)
	return usageError{fmt.Errorf("unknown command %q", cmd)}
}

// newFlagSet returns a flag set of its own: the opencc module registers a
// -dir flag on the standard set, which is none of this command's business.
func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("qa "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// parseFlags parses args, letting flags follow positional arguments
// ("qa ask 'question' --k 5").
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageError{err}
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}
