package httpapi

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/talentwar/qa/qa"
)

// openAIBody is OpenAI's error shape, {"error":{"message","type","param",
// "code"}}: errors this package writes itself (429 from the rate limit, a
// recovered panic) on the routes of a mount with OpenAIErrors, whose
// clients read error.type and error.code.
type openAIBody struct {
	Error struct {
		Message string  `json:"message"`
		Type    string  `json:"type"`
		Param   *string `json:"param"`
		Code    string  `json:"code"`
	} `json:"error"`
}

// openAICodes maps a domain code to OpenAI's error type and code, as the
// chat API does.
var openAICodes = map[string][2]string{
	qa.Invalid:      {"invalid_request_error", "invalid_request"},
	qa.TooLarge:     {"invalid_request_error", "request_too_large"},
	qa.NotFound:     {"invalid_request_error", "not_found"},
	qa.Unauthorized: {"invalid_request_error", "invalid_api_key"},
	qa.RateLimited:  {"rate_limit_error", "rate_limit_exceeded"},
	qa.Unavailable:  {"api_error", "unavailable"},
	qa.Timeout:      {"api_error", "timeout"},
	qa.Internal:     {"api_error", "internal_error"},
}

// writeOpenAI writes an error in OpenAI's shape when the request's route
// belongs to an OpenAI mount, and reports whether it did.
func (s *Server) writeOpenAI(c *gin.Context, status int, code, msg string) bool {
	if !s.openAIRoutes[c.FullPath()] {
		return false
	}
	var b openAIBody
	t, ok := openAICodes[code]
	if !ok {
		t = [2]string{"invalid_request_error", code}
		if status >= http.StatusInternalServerError {
			t[0] = "api_error"
		}
	}
	b.Error.Message, b.Error.Type, b.Error.Code = msg, t[0], t[1]
	c.Header("Cache-Control", "no-store")
	c.AbortWithStatusJSON(status, b)
	return true
}
