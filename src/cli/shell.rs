//! `den shell`: a project's toolbox (den.toml) or a plain distro toolbox, entered at the same
//! working directory.

use std::path::PathBuf;

use clap::Args;

/// The den.toml manual: keys, defaults and an example (`den shell --help`, den-shell(1)).
pub const DEN_TOML_HELP: &str = "\
THE den.toml FILE
  den looks for den.toml in the working directory, then in each parent up to /, as git looks
  for .git (a den.toml owned by another user is skipped with a warning). Keys (den.example.toml
  in den's sources documents each):
    image = \"debian:12\"           the image; or containerfile = \"Containerfile\" (+ context = \".\")
    name = \"work\"                 the toolbox's name (default den-<dirname>-<hash6>)
    packages = [\"git\", \"make\"]    installed once at creation (apt-get, dnf, apk, pacman, zypper)
    setup = [\"cmd\", ...]          shell commands run once at creation, as root, after packages
    env = { EDITOR = \"vi\" }       environment inside
    mounts = [\"/srv:/srv:ro\"]     more mounts, -v syntax
    devices = [\"/dev/kvm\"]        host devices
    ports = [...]                 refused for now: den cannot publish ports yet
    home = \"host\"                 or \"project\": a home of the project's own, kept by den
    shell = \"/bin/zsh\"            the shell den shell starts
    [integration]                 each true by default: gui, audio, dbus, ssh_agent,
                                  gpg_agent, dri, hosts
  An unknown key is an error naming the file and the line.

EXAMPLE
  image = \"fedora:40\"
  packages = [\"gcc\", \"gdb\"]
  home = \"project\"
  [integration]
  gui = false";

#[derive(Debug, Args)]
#[command(trailing_var_arg = true, after_long_help = DEN_TOML_HELP)]
pub struct ShellArgs {
    /// Use this project: a directory with a den.toml, or the file (default: the den.toml of
    /// the working directory or its nearest parent).
    #[arg(long, value_name = "DIR|FILE", conflicts_with = "image")]
    pub project: Option<PathBuf>,

    /// A plain toolbox of this image, without a den.toml (named den-<image>, e.g.
    /// den-debian-12; the host's $HOME, every integration on).
    #[arg(long, value_name = "IMAGE")]
    pub image: Option<String>,

    /// The toolbox's container name, over den.toml's name and the default.
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,

    /// Remove the toolbox and make it again from den.toml (a project's own $HOME is kept).
    #[arg(long)]
    pub recreate: bool,

    /// Remove the toolbox and exit (a project's own $HOME is kept).
    #[arg(long, conflicts_with_all = ["recreate", "export", "list", "command"])]
    pub rm: bool,

    /// List den's toolboxes: name, status, image and project, and exit.
    #[arg(long, conflicts_with_all = ["recreate", "export", "command", "project", "image"])]
    pub list: bool,

    /// Write ~/.local/bin/BIN, a wrapper that runs BIN in this toolbox, and exit.
    #[arg(long, value_name = "BIN", conflicts_with = "command")]
    pub export: Option<String>,

    /// The command to run instead of the shell (after --); den exits with its status.
    #[arg(value_name = "COMMAND", allow_hyphen_values = true)]
    pub command: Vec<String>,
}
