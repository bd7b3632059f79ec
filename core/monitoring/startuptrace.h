#pragma once

// Where start-up time goes: with VALVUR_STARTUP_TRACE=1 in the environment, each mark prints
// "valvur-startup: <ms since main> <what>" to stderr (tests/bench/startup-ratio.sh reads it).
// Without the variable a mark costs one boolean test. Nothing else reads or prints these marks.
namespace Valvur::StartupTrace {

// Starts the clock (the first line of main) and prints the wall-clock time of that moment, so the
// time before main (loading the libraries) can be set against the launcher's clock.
void begin();
void mark(const char *what);

} // namespace Valvur::StartupTrace
