package server

// ParseMetrics reads Prometheus' text format into a map from series to value, for the
// integration tests of package server_test.
var ParseMetrics = parseMetrics
