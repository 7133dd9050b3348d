# The R side of test/bench/survey.sh: psych::scoreItems and psych::alpha on the CSVs that
# survey.bench.ts wrote. Usage: Rscript test/bench/survey.bench.R <folder>
suppressMessages(library(psych))
folder <- commandArgs(trailingOnly = TRUE)[1]
items <- read.csv(file.path(folder, "scoring.csv"))
alpha_items <- read.csv(file.path(folder, "alpha.csv"))

timed <- function(runs, work) {
  work()  # warm-up
  times <- numeric(runs)
  for (i in seq_len(runs)) times[i] <- system.time(work())[["elapsed"]] * 1000
  times
}

names40 <- colnames(items)
reversed <- c(3, 8, 13, 18, 23, 28, 33, 38)
keys <- lapply(0:3, function(d) {
  cols <- (10 * d + 1):(10 * d + 10)
  ifelse(cols %in% reversed, paste0("-", names40[cols]), names40[cols])
})
names(keys) <- paste0("d", 1:4)
scoring <- timed(7, function() scoreItems(keys, items, min = 1, max = 5, impute = "none"))
first <- scoreItems(keys, items, min = 1, max = 5, impute = "none")$scores[1:3, 1]

alpha_keys <- c("a04", "a12", "a20")
alpha_times <- timed(31, function() suppressWarnings(alpha(alpha_items, keys = alpha_keys)))
alpha_value <- suppressWarnings(alpha(alpha_items, keys = alpha_keys))$total$raw_alpha

cat(sprintf('{"R":"%s","psych":"%s","scoring":{"medianMs":%.3f,"runsMs":[%s],"firstScores":[%s]},"reliability":{"medianMs":%.3f,"rawAlpha":%.17g}}\n',
  R.version.string, packageVersion("psych"), median(scoring), paste(round(scoring), collapse = ","),
  paste(sprintf("%.17g", first), collapse = ","), median(alpha_times), alpha_value))
