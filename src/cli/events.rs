//! `den events` (and `den system events`).

use clap::{ArgAction, Args};

/// `den events`: the store's event log, printed and then followed.
#[derive(Debug, Args)]
pub struct EventsArgs {
    /// Show only events that match: container=NAME|ID, event=STATUS (or status=), image=NAME|ID,
    /// label=KEY[=VALUE], type=container|image|volume. Values of one key are ORed, different
    /// keys ANDed.
    #[arg(short, long = "filter", value_name = "KEY=VALUE")]
    pub filter: Vec<String>,

    /// Print each event as JSON (`json`) or through a Go template on .ID, .Name, .Image,
    /// .Status, .Type, .Time, .Attributes, .ContainerExitCode.
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,

    /// Show events at or after this time: RFC 3339, a date, unix seconds, or a duration
    /// such as 10m (that long ago).
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,

    /// Show events up to this time (same forms; a duration is that long from now). While
    /// streaming, den exits once this time has passed.
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,

    /// Keep following the log for new events (the default) until interrupted;
    /// --stream=false prints what is recorded and exits.
    #[arg(
        long,
        value_name = "BOOL",
        action = ArgAction::Set,
        num_args = 0..=1,
        require_equals = true,
        default_value_t = true,
        default_missing_value = "true"
    )]
    pub stream: bool,

    /// Accepted for podman compatibility: den never truncates ids in events.
    #[arg(
        long,
        value_name = "BOOL",
        action = ArgAction::Set,
        num_args = 0..=1,
        require_equals = true,
        default_value_t = true,
        default_missing_value = "true"
    )]
    pub no_trunc: bool,
}
