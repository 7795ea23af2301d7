-- wrk: POST a report whose wording is its own (made-up words), so triage does not link a flood of duplicates.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local syllables = {"ba", "ci", "du", "fe", "go", "ki", "lu", "ma", "ne", "po", "ri", "su", "ta", "wi", "yo"}
math.randomseed(os.time())
local function word()
  local parts = {}
  for i = 1, 3 do parts[i] = syllables[math.random(#syllables)] end
  return table.concat(parts)
end
request = function()
  local words = {}
  for i = 1, 12 do words[i] = word() end
  local body = '{"narrative": "Relawan di posko meminta imbalan. Benchmark report, not a real case. '
      .. table.concat(words, " ") .. '", "region_code": "3203"}'
  return wrk.format(nil, nil, nil, body)
end
