-- "You said, we did" of a municipality with 1,000 forwarded recommendations: each request
-- takes the next (path, language) of the rotation, pages and filters in five languages.
local paths = {
  "/m/town-1/said-did",
  "/m/town-1/said-did?page=2",
  "/m/town-1/said-did?page=7",
  "/m/town-1/said-did?status=accepted",
  "/m/town-1/said-did?status=done",
  "/m/town-1/said-did?status=overdue",
  "/m/town-1/said-did?status=not_answered&page=2",
  "/m/town-1/said-did?theme=3",
  "/m/town-1/said-did?theme=4&status=in_progress",
  "/m/town-1/said-did?status=rejected",
  "/api/v1/municipalities/town-1/recommendations",
  "/api/v1/municipalities/town-1/recommendations?status=dropped",
}
local langs = { "en", "de", "ar", "fa", "fr" }
local n = 0
function request()
  n = n + 1
  local headers = { ["Accept-Language"] = langs[(n % #langs) + 1] }
  return wrk.format("GET", paths[(math.floor(n / #langs) % #paths) + 1], headers)
end
