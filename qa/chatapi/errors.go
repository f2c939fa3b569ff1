package chatapi

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/talentwar/qa/qa"
)

// apiError is an error in OpenAI's shape:
// {"error":{"message","type","param","code"}}.
type apiError struct {
	status  int
	typ     string
	code    string
	param   string // the request field at fault; "" is sent as null
	message string
}

// statusOf is the one table from the domain's error codes to the HTTP
// status, OpenAI error type and OpenAI error code of this adapter.
var statusOf = map[string]struct {
	status    int
	typ, code string
}{
	qa.Invalid:      {http.StatusBadRequest, "invalid_request_error", "invalid_request"},
	qa.TooLarge:     {http.StatusRequestEntityTooLarge, "invalid_request_error", "request_too_large"},
	qa.NotFound:     {http.StatusNotFound, "invalid_request_error", "not_found"},
	qa.Unauthorized: {http.StatusUnauthorized, "invalid_request_error", "invalid_api_key"},
	qa.RateLimited:  {http.StatusTooManyRequests, "rate_limit_error", "rate_limit_exceeded"},
	qa.Unavailable:  {http.StatusServiceUnavailable, "api_error", "unavailable"},
	qa.Timeout:      {http.StatusGatewayTimeout, "api_error", "timeout"},
	qa.Internal:     {http.StatusInternalServerError, "api_error", "internal_error"},
}

// fromQA converts any error (a *qa.Error or not) through the table. The
// message is qa.ErrorMessage's: safe to show, never an internal detail.
func fromQA(err error) *apiError {
	s, ok := statusOf[qa.ErrorCode(err)]
	if !ok {
		s = statusOf[qa.Internal]
	}
	return &apiError{status: s.status, typ: s.typ, code: s.code, message: qa.ErrorMessage(err)}
}

// invalid is a 400 about one request field.
func invalid(param, format string, a ...any) *apiError {
	e := fromQA(qa.Errorf(qa.Invalid, format, a...))
	e.param = param
	return e
}

func errNotFound(message, code string) *apiError {
	e := fromQA(qa.Errorf(qa.NotFound, "%s", message))
	e.code = code
	return e
}

func errUnknownModel(id string) *apiError {
	e := errNotFound("The model `"+id+"` does not exist. GET /v1/models lists the models of this server.", "model_not_found")
	e.param = "model"
	return e
}

// errAuth never echoes the key that was sent.
func errAuth(missing bool) *apiError {
	msg := "Incorrect API key provided."
	if missing {
		msg = "You didn't provide an API key. Send it as an HTTP header: Authorization: Bearer YOUR_KEY."
	}
	return fromQA(qa.Errorf(qa.Unauthorized, "%s", msg))
}

type errorBody struct {
	Error errorJSON `json:"error"`
}

type errorJSON struct {
	Message string  `json:"message"`
	Type    string  `json:"type"`
	Param   *string `json:"param"`
	Code    string  `json:"code"`
}

func (e *apiError) body() errorBody {
	b := errorBody{Error: errorJSON{Message: e.message, Type: e.typ, Code: e.code}}
	if e.param != "" {
		b.Error.Param = &e.param
	}
	return b
}

func writeError(w http.ResponseWriter, e *apiError) {
	writeJSON(w, e.status, e.body())
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"error":{"message":"internal error","type":"api_error","param":null,"code":"internal_error"}}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)+1))
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}
