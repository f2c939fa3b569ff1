package httpapi

// EncodedStats reports the encoded-answer cache's entries, hits and misses
// (all zero when it is off), for tests.
func EncodedStats(s *Server) (entries int, hits, misses uint64) {
	if s.encoded == nil {
		return 0, 0, 0
	}
	return s.encoded.len(), s.encoded.hits.Load(), s.encoded.misses.Load()
}
