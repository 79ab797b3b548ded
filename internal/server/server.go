// Package server owns Amity's HTTP surface: the gqlgen handler and its limits, GraphiQL,
// CORS, health and readiness. Its configuration comes from package config.
package server

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/amity-graph/amity/graph"
	"github.com/amity-graph/amity/internal/auth"
	"github.com/amity-graph/amity/internal/config"
	"github.com/amity-graph/amity/internal/derrors"
	"github.com/amity-graph/amity/internal/obs"
	"github.com/amity-graph/amity/internal/store"
	"github.com/rs/cors"
	"github.com/vektah/gqlparser/v2/ast"
	"go.opentelemetry.io/otel/trace"
)

// Pinger reports whether the database answers.
type Pinger interface {
	Ping(ctx context.Context) error
}

// Server is Amity's HTTP server.
type Server struct {
	cfg      config.Config
	log      *slog.Logger
	resolver *graph.Resolver
	db       Pinger
	tokens   *auth.Tokens
	limiter  *rateLimiter
	inflight chan struct{}
	metrics  *obs.Metrics
	tp       trace.TracerProvider
	tracing  bool
	// persisted is the allow-list of persisted queries, when one is configured.
	persisted *persistedOnly
}

// New builds the server around a resolver. It fails on a bad token configuration or a
// bad allow-list of persisted queries.
func New(cfg config.Config, resolver *graph.Resolver, db Pinger, logger *slog.Logger, opts ...Option) (*Server, error) {
	toks, err := auth.NewTokens(cfg.Tokens, cfg.TokensFile, cfg.Anonymous)
	if err != nil {
		return nil, err
	}
	resolver.Adhoc = cfg.Adhoc
	s := &Server{cfg: cfg, log: logger, resolver: resolver, db: db, tokens: toks,
		limiter: newRateLimiter(cfg.RatePerSecond, cfg.RateBurst), inflight: make(chan struct{}, cfg.MaxInFlight)}
	for _, o := range opts {
		o(s)
	}
	if s.metrics == nil {
		s.metrics = obs.NewMetrics()
	}
	if s.tp == nil {
		s.tp = noTracing
	}
	s.tracing = obs.Enabled(s.tp)
	if cfg.PersistedQueries != "" {
		s.persisted, err = s.loadPersisted()
		if err != nil {
			return nil, err
		}
	}
	return s, nil
}

// GraphQL is the gqlgen handler with its transports, cache and error presenter.
func (s *Server) GraphQL() *handler.Server {
	h := handler.New(graph.NewSchema(s.resolver))
	// Both answer application/graphql-response+json when the Accept header asks for it.
	h.AddTransport(transport.GET{})
	h.AddTransport(transport.POST{})
	h.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	h.Use(extension.Introspection{})
	if s.persisted != nil {
		h.Use(s.persisted)
	} else {
		h.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](max(s.cfg.APQCacheSize, 1))})
	}
	h.Use(requestParams{})
	h.Use(operationObserver{s: s})
	if s.tracing {
		h.Use(resolverSpans{tracer: s.tp.Tracer(obs.TracerName)})
	}
	h.Use(extension.FixedComplexityLimit(s.cfg.MaxComplexity))
	h.Use(depthLimit{max: s.cfg.MaxDepth, refused: func() { s.refused("depth") }})
	// Around Batching: its loaders see the operation's item budget, and it sees every
	// field the counter refuses start and finish.
	items := &graph.ResponseItems{Max: s.cfg.MaxResponseItems}
	h.Use(items)
	h.Use(&graph.Batching{Resolver: s.resolver, Logger: s.log})
	h.Use(items.Counter())
	h.SetErrorPresenter(graph.PresentError(s.log))
	h.SetRecoverFunc(graph.Recover(s.log))
	return h
}

// Handler routes every endpoint.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	gql := s.withRequestState(graphQLOverHTTP(s.GraphQL()))
	mux.Handle("POST /query", gql)
	mux.Handle("GET /query", gql)
	mux.Handle("GET /{$}", page("index.html"))
	mux.Handle("GET /explore", page("index.html"))
	mux.Handle("GET /graphiql", page("graphiql.html"))
	mux.Handle("GET /assets/", assets())
	mux.HandleFunc("GET /export", s.export)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", s.ready)
	mux.Handle("POST /ingest", s.withRequestState(http.HandlerFunc(s.ingestArticle)))
	if s.cfg.MetricsAddr == "" {
		mux.Handle("GET /metrics", s.metricsHandler())
	}
	c := cors.New(cors.Options{
		AllowedOrigins: s.cfg.CORSOrigins,
		AllowedMethods: []string{http.MethodGet, http.MethodPost},
		AllowedHeaders: []string{"Content-Type", "Authorization", RequestIDHeader},
		ExposedHeaders: []string{RequestIDHeader},
		// Bearer tokens travel in a header, never cookies, so credentials stay off and
		// a wildcard origin can never be combined with them.
		AllowCredentials: false,
		MaxAge:           600,
	})
	return s.observeRequests(c.Handler(mux))
}

// withRequestState authenticates the caller, applies the rate limit, the body limit,
// the in-flight cap and the deadline.
func (s *Server) withRequestState(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		caller, err := s.tokens.Authenticate(r.Header.Get("Authorization"))
		if err != nil {
			s.refused("unauthenticated")
			w.Header().Set("WWW-Authenticate", `Bearer realm="amity"`)
			graphQLError(w, http.StatusUnauthorized, derrors.CodeUnauthenticated, err.Error())
			return
		}
		if caller.Role == auth.None {
			s.refused("unauthenticated")
			w.Header().Set("WWW-Authenticate", `Bearer realm="amity"`)
			graphQLError(w, http.StatusUnauthorized, derrors.CodeUnauthenticated, "a bearer token is required")
			return
		}
		keys := []string{"ip:" + clientIP(r)}
		if caller.Authenticated() {
			keys = append(keys, caller.ID)
		}
		for _, k := range keys {
			if ok, wait := s.limiter.allow(k); !ok {
				s.refused("rate_limit")
				w.Header().Set("Retry-After", retryAfter(wait))
				graphQLError(w, http.StatusTooManyRequests, derrors.CodeRateLimited, "too many requests; slow down")
				return
			}
		}
		if r.ContentLength > s.cfg.MaxBodyBytes {
			s.refused("body_too_large")
			graphQLError(w, http.StatusRequestEntityTooLarge, derrors.CodeBadInput, "request body too large")
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes)
		ctx, cancel := context.WithTimeout(r.Context(), s.cfg.RequestTimeout)
		defer cancel()
		select {
		case s.inflight <- struct{}{}:
			defer func() { <-s.inflight }()
		case <-ctx.Done():
			s.refused("busy")
			graphQLError(w, http.StatusServiceUnavailable, derrors.CodeUnavailable, "the server is busy; try again")
			return
		}
		ctx = auth.WithCaller(ctx, caller)
		ctx = store.WithCaller(ctx, caller.ID)
		defer s.recoverHandler(ctx, w)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// recoverHandler answers a handler's panic with an INTERNAL error and logs it, so a
// caller of the endpoints outside GraphQL (POST /ingest, the exports) gets an answer
// rather than a dropped connection; GraphQL has gqlgen's own (graph.Recover).
func (s *Server) recoverHandler(ctx context.Context, w http.ResponseWriter) {
	v := recover()
	if v == nil {
		return
	}
	if v == http.ErrAbortHandler {
		panic(v)
	}
	s.log.ErrorContext(ctx, "handler panic", "panic", v, "stack", string(debug.Stack()))
	graphQLError(w, http.StatusInternalServerError, derrors.CodeInternal, "internal error; it has been logged")
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) { r.status = code; r.ResponseWriter.WriteHeader(code) }

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// Run serves until ctx ends, then shuts down gracefully.
func (s *Server) Run(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.cfg.ListenAddr)
	if err != nil {
		return err
	}
	if s.cfg.MetricsAddr != "" {
		stop, err := s.serveMetrics(s.cfg.MetricsAddr)
		if err != nil {
			ln.Close()
			return err
		}
		defer stop()
	}
	return s.Serve(ctx, ln)
}

// Serve serves on a listener until ctx ends.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       s.cfg.ReadTimeout,
		WriteTimeout:      s.cfg.WriteTimeout,
		IdleTimeout:       s.cfg.IdleTimeout,
		MaxHeaderBytes:    64 << 10,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	s.log.Info("serving GraphQL", "addr", "http://"+ln.Addr().String()+"/query", "graphiql", "http://"+ln.Addr().String()+"/")
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.log.Info("shutting down")
	shutCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
