//! `den network`: user-defined networks, as podman's (bridge driver, IPv4).

use clap::{Args, Subcommand};

/// `den network` subcommands.
#[derive(Debug, Args)]
pub struct NetworkArgs {
    #[command(subcommand)]
    pub command: NetworkCommand,
}

#[derive(Debug, Subcommand)]
pub enum NetworkCommand {
    /// Create a network and print its name.
    Create(NetworkCreateArgs),
    /// List networks.
    #[command(visible_alias = "list")]
    Ls(NetworkLsArgs),
    /// Show the details of networks as JSON, or fields of them through a template.
    Inspect(NetworkInspectArgs),
    /// Remove networks (-f: and the containers on them).
    #[command(visible_alias = "remove")]
    Rm(NetworkRmArgs),
    /// Remove every network no container uses (podman's default network stays).
    Prune(NetworkPruneArgs),
    /// Exit 0 when the network exists, 1 when it does not.
    Exists(NetworkExistsArgs),
    /// Connect a container to a network (a running one gets its interface at once).
    Connect(NetworkConnectArgs),
    /// Disconnect a container from a network.
    Disconnect(NetworkDisconnectArgs),
    /// Bring the networks of running containers back after their holder died.
    Reload(NetworkReloadArgs),
}

#[derive(Debug, Args)]
pub struct NetworkCreateArgs {
    /// Network driver: bridge only.
    #[arg(short, long, value_name = "DRIVER", default_value = "bridge")]
    pub driver: String,

    /// The network's IPv4 subnet (default: the first free 10.89.N.0/24).
    #[arg(long, value_name = "CIDR")]
    pub subnet: Vec<String>,

    /// The gateway's address (default: the subnet's first).
    #[arg(long, value_name = "IP")]
    pub gateway: Vec<String>,

    /// No way out: containers reach each other only, and publish no ports.
    #[arg(long)]
    pub internal: bool,

    /// No DNS server for the containers' names.
    #[arg(long)]
    pub disable_dns: bool,

    /// IPv6 is not built: refused.
    #[arg(long)]
    pub ipv6: bool,

    /// Set a label: KEY=VALUE or KEY.
    #[arg(long, value_name = "KEY=VALUE")]
    pub label: Vec<String>,

    /// A driver option (kept in the record; mtu= and the like are not applied).
    #[arg(short, long = "opt", value_name = "KEY=VALUE")]
    pub opt: Vec<String>,

    /// A range of the subnet to give containers addresses from: not built (refused).
    #[arg(long, value_name = "CIDR")]
    pub ip_range: Vec<String>,

    /// The address management driver: host-local only.
    #[arg(long, value_name = "DRIVER")]
    pub ipam_driver: Option<String>,

    /// Name of the network (default: podmanN, the first free).
    #[arg(value_name = "NAME")]
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct NetworkLsArgs {
    /// Show only names.
    #[arg(short, long)]
    pub quiet: bool,

    /// Go template for each network (.ID .Name .Driver .Labels .Internal .Subnets ...), json,
    /// or table TEMPLATE.
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,

    /// Filter: name=, id=, driver=, label=KEY[=VALUE], label!=, dangling=true|false.
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub filter: Vec<String>,

    /// Do not print the header.
    #[arg(long = "noheading", alias = "no-heading")]
    pub no_heading: bool,

    /// Show whole ids.
    #[arg(long)]
    pub no_trunc: bool,
}

#[derive(Debug, Args)]
pub struct NetworkInspectArgs {
    /// Go template for each network, or json.
    #[arg(short, long, value_name = "FORMAT")]
    pub format: Option<String>,

    #[arg(required = true, value_name = "NETWORK")]
    pub networks: Vec<String>,
}

#[derive(Debug, Args)]
pub struct NetworkRmArgs {
    /// Remove the containers on the network too.
    #[arg(short, long)]
    pub force: bool,

    /// Seconds to wait for a container to stop before it is killed (with -f).
    #[arg(short, long, value_name = "SECONDS")]
    pub time: Option<u32>,

    #[arg(required = true, value_name = "NETWORK")]
    pub networks: Vec<String>,
}

#[derive(Debug, Args)]
pub struct NetworkPruneArgs {
    /// Do not ask for confirmation.
    #[arg(short, long)]
    pub force: bool,

    /// Only networks that match: label=KEY[=VALUE], label!=, until= is not built.
    #[arg(long, value_name = "KEY=VALUE")]
    pub filter: Vec<String>,
}

#[derive(Debug, Args)]
pub struct NetworkExistsArgs {
    #[arg(value_name = "NETWORK")]
    pub network: String,
}

#[derive(Debug, Args)]
pub struct NetworkConnectArgs {
    /// Another name the network's DNS answers for the container. Repeatable.
    #[arg(long, value_name = "NAME")]
    pub alias: Vec<String>,

    /// The container's IPv4 address on the network.
    #[arg(long, value_name = "IPv4")]
    pub ip: Option<String>,

    /// The container's MAC address on the network.
    #[arg(long, value_name = "MAC")]
    pub mac_address: Option<String>,

    #[arg(value_name = "NETWORK")]
    pub network: String,

    #[arg(value_name = "CONTAINER")]
    pub container: String,
}

#[derive(Debug, Args)]
pub struct NetworkDisconnectArgs {
    /// Accepted for podman's command lines.
    #[arg(short, long)]
    pub force: bool,

    #[arg(value_name = "NETWORK")]
    pub network: String,

    #[arg(value_name = "CONTAINER")]
    pub container: String,
}

#[derive(Debug, Args)]
pub struct NetworkReloadArgs {
    /// Every running container.
    #[arg(short, long)]
    pub all: bool,

    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}
