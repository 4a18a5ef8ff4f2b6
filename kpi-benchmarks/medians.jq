# Medians of a JMH JSON result file (java -jar benchmarks.jar ... -prof gc -rf json -rff results.json):
#   jq -r -f kpi-benchmarks/medians.jq results.json
# Prints one line per benchmark: name, parameters, median time per operation over every measured
# iteration of every fork, and the median bytes allocated per operation.
def median: sort | if length == 0 then null else .[(length / 2) | floor] end;
.[] | [
  (.benchmark | split(".") | .[-2:] | join(".")),
  ((.params // {}) | to_entries | map("\(.key)=\(.value)") | join(",")),
  "\([.primaryMetric.rawData[][]] | median) \(.primaryMetric.scoreUnit)",
  "\([(.secondaryMetrics["gc.alloc.rate.norm"].rawData // [[]])[][]] | median) B/op"
] | @tsv
