// Command ferretdb runs embedded FerretDB v1 (MongoDB wire protocol on SQLite) for local development.
//
// Env: PSEAH_FERRETDB_LISTEN (127.0.0.1:27017), PSEAH_FERRETDB_SQLITE_URL (file:var/data/ferretdb/),
// PSEAH_FERRETDB_LOG_LEVEL (debug|info|warn|error; default error: FerretDB logs every connection at
// info and every error reply, e.g. pymongo's endSessions, at warn). Logs are JSON lines on stderr.
// Stops cleanly on SIGTERM/SIGINT.
package main

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func env(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stderr, nil)) // this program's own lines, info
	var level slog.Level
	if err := level.UnmarshalText([]byte(env("PSEAH_FERRETDB_LOG_LEVEL", "error"))); err != nil {
		logger.Error("bad PSEAH_FERRETDB_LOG_LEVEL", "error", err)
		os.Exit(2)
	}
	fdbLogger := slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	slog.SetDefault(fdbLogger)

	listen := env("PSEAH_FERRETDB_LISTEN", "127.0.0.1:27017")
	sqliteURL := env("PSEAH_FERRETDB_SQLITE_URL", "file:var/data/ferretdb/")

	// The embeddable package disables telemetry itself and does not need build/version/version.txt
	// (that file is only read when the main module is github.com/FerretDB/FerretDB).
	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: listen},
		Logger:    fdbLogger,
		Handler:   "sqlite",
		SQLiteURL: sqliteURL,
	})
	if err != nil {
		logger.Error("cannot start FerretDB", "error", err)
		os.Exit(1)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()

	logger.Info("FerretDB listening", "listen", listen, "sqlite", sqliteURL)
	if err := f.Run(ctx); err != nil {
		logger.Error("FerretDB stopped with an error", "error", err)
		os.Exit(1)
	}
	logger.Info("FerretDB stopped")
}
