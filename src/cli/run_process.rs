//! The process flags of `run` and `create` (flattened into `RunArgs`): labels, annotations,
//! stop signal and timeout, time zone, passwd entry, host environment, `--init`, `--replace`,
//! `--rmi`, `-q`. Their meaning is podman 4.3's (man podman-run); the plan side is
//! `plan::ProcessFlags`.

use std::path::PathBuf;

use clap::Args;

#[derive(Debug, Clone, Default, Args)]
pub struct ProcessArgs {
    /// Add a label to the container: KEY=VALUE, or KEY for an empty value (repeatable;
    /// shown in inspect's Config.Labels, over the image's labels; `ps --filter label=`).
    #[arg(short = 'l', long = "label", value_name = "KEY[=VALUE]")]
    pub label: Vec<String>,

    /// Read labels from FILE: KEY=VALUE lines; blank lines and `#` comments are skipped
    /// (repeatable; before --label).
    #[arg(long, value_name = "FILE")]
    pub label_file: Vec<PathBuf>,

    /// Add an annotation to the container: KEY=VALUE (repeatable; inspect's
    /// Config.Annotations).
    #[arg(long, value_name = "KEY=VALUE")]
    pub annotation: Vec<String>,

    /// The signal `den stop` sends first: a name (TERM, SIGUSR1) or a number. Default: the
    /// image's StopSignal, else SIGTERM.
    #[arg(long, value_name = "SIGNAL")]
    pub stop_signal: Option<String>,

    /// Seconds `den stop` (and `restart`) waits after the stop signal before SIGKILL, when
    /// its -t is not given (default 10).
    #[arg(long, value_name = "SECONDS")]
    pub stop_timeout: Option<u64>,

    /// Time zone of the container: a name under /usr/share/zoneinfo (Europe/Paris, UTC) or
    /// `local` (the host's /etc/localtime); copied to the container's /etc/localtime. An
    /// unknown zone is refused.
    #[arg(long, value_name = "TIMEZONE")]
    pub tz: Option<String>,

    /// The line written to the container's /etc/passwd for a user id the image does not
    /// list: $USERNAME, $UID, $GID, $NAME and $HOME are replaced (default
    /// `$USERNAME:*:$UID:$GID:$NAME:$HOME:/bin/sh`, with the working directory as $HOME).
    #[arg(long, value_name = "ENTRY")]
    pub passwd_entry: Option<String>,

    /// Pass den's whole environment into the container: over the image's variables, under
    /// --env-file and --env.
    #[arg(long)]
    pub env_host: bool,

    /// Pass den's proxy variables (http_proxy, https_proxy, ftp_proxy, no_proxy and their
    /// upper-case forms) into the container; `--http-proxy=false` does not.
    #[arg(long, value_name = "BOOL", default_value_t = true, num_args = 0..=1,
          default_missing_value = "true", action = clap::ArgAction::Set)]
    pub http_proxy: bool,

    /// Run an init as PID 1 that forwards signals and reaps zombies. den always does (its
    /// own init, shown as podman's `/run/podman-init`), so this changes nothing.
    #[arg(long)]
    pub init: bool,

    /// Path to podman's container-init binary: accepted and not used (den's init is built
    /// in).
    #[arg(long, value_name = "PATH")]
    pub init_path: Option<PathBuf>,

    /// Remove an existing container of the same --name first (stopping it if it runs).
    #[arg(long)]
    pub replace: bool,

    /// Remove the image after the container exits (with --rm), unless another container
    /// uses it (`den run` only).
    #[arg(long)]
    pub rmi: bool,

    /// Print no pull progress when the image must be pulled.
    #[arg(short, long)]
    pub quiet: bool,
}

impl ProcessArgs {
    /// The clap-free request of these flags.
    #[must_use]
    pub fn to_flags(&self) -> crate::plan::ProcessFlags {
        crate::plan::ProcessFlags {
            stop_signal: self.stop_signal.clone(),
            stop_timeout: self.stop_timeout,
            tz: self.tz.clone(),
            passwd_entry: self.passwd_entry.clone(),
            env_host: self.env_host,
            http_proxy: Some(self.http_proxy),
            labels: self.label.clone(),
            label_files: self.label_file.clone(),
            annotations: self.annotation.clone(),
        }
    }
}
