// Command ferretdb runs embedded FerretDB v1 (MongoDB wire protocol on SQLite or PostgreSQL) for local development.
//
// Env: PSEAH_FERRETDB_LISTEN (127.0.0.1:27017), PSEAH_FERRETDB_HANDLER (sqlite, the default, or postgresql),
// PSEAH_FERRETDB_SQLITE_URL (file:var/data/ferretdb/; sqlite only), PSEAH_FERRETDB_POSTGRESQL_URL
// (postgres://ferretdb@127.0.0.1:5433/ferretdb; postgresql only),
// PSEAH_FERRETDB_LOG_LEVEL (debug|info|warn|error; default error: FerretDB logs every connection at
// info and every error reply, e.g. pymongo's endSessions, at warn), PSEAH_FERRETDB_DEBUG_LISTEN (unset: off; e.g.
// 127.0.0.1:8089 serves Go's /debug/pprof/ there, to profile where the store's CPU goes under load; loopback only).
// Logs are JSON lines on stderr.
// Stops cleanly on SIGTERM/SIGINT.
package main

import (
	"context"
	"log/slog"
	"net"
	"net/http"
	_ "net/http/pprof" // registers /debug/pprof/ on http.DefaultServeMux, served only when asked for
	"net/url"
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

// redacted is the URL with any password replaced, or a placeholder when it does not parse.
func redacted(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unparsable URL)"
	}

	return u.Redacted()
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
	handler := env("PSEAH_FERRETDB_HANDLER", "sqlite")

	// The embeddable package disables telemetry itself and does not need build/version/version.txt
	// (that file is only read when the main module is github.com/FerretDB/FerretDB).
	conf := &ferretdb.Config{
		Listener: ferretdb.ListenerConfig{TCP: listen},
		Logger:   fdbLogger,
		Handler:  handler,
	}

	// Only the chosen backend's URL is set and logged: the other one's default would be misleading.
	var store string
	switch handler {
	case "sqlite":
		conf.SQLiteURL = env("PSEAH_FERRETDB_SQLITE_URL", "file:var/data/ferretdb/")
		store = conf.SQLiteURL
	case "postgresql":
		conf.PostgreSQLURL = env("PSEAH_FERRETDB_POSTGRESQL_URL", "postgres://ferretdb@127.0.0.1:5433/ferretdb")
		store = redacted(conf.PostgreSQLURL) // a password in the URL never reaches the log
	default:
		logger.Error("bad PSEAH_FERRETDB_HANDLER (sqlite or postgresql)", "handler", handler)
		os.Exit(2)
	}

	if debug := os.Getenv("PSEAH_FERRETDB_DEBUG_LISTEN"); debug != "" {
		if host, _, err := net.SplitHostPort(debug); err != nil || !net.ParseIP(host).IsLoopback() {
			logger.Error("PSEAH_FERRETDB_DEBUG_LISTEN must be a loopback host:port", "value", debug)
			os.Exit(2)
		}
		go func() {
			logger.Info("profiling endpoint", "listen", debug)
			if err := http.ListenAndServe(debug, nil); err != nil {
				logger.Error("profiling endpoint stopped", "error", err)
			}
		}()
	}

	f, err := ferretdb.New(conf)
	if err != nil {
		logger.Error("cannot start FerretDB", "error", err)
		os.Exit(1)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()

	logger.Info("FerretDB listening", "listen", listen, "handler", handler, "store", store)
	if err := f.Run(ctx); err != nil {
		logger.Error("FerretDB stopped with an error", "error", err)
		os.Exit(1)
	}
	logger.Info("FerretDB stopped")
}
