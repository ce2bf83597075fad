//! The `ties` binary: parses arguments, calls the library, prints
//! diagnostics as `ties: <file>: <what is wrong>` and picks the exit code
//! (0 all went well, 2 some documents were skipped, 1 nothing could be done).

mod cli;
mod run;

use clap::Parser;
use std::process::ExitCode;

/// Extraction allocates many small strings and vectors per sentence; mimalloc
/// serves them faster than the system allocator.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match run::run(args) {
        Ok(run::Outcome::Clean) => ExitCode::SUCCESS,
        Ok(run::Outcome::Skipped) => ExitCode::from(2),
        Err(e) => {
            if run::is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("ties: {e:#}");
            ExitCode::from(1)
        }
    }
}
