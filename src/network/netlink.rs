//! The few rtnetlink requests a user-defined network needs, in the calling thread's network
//! namespace: a bridge, a veth pair whose peer goes into another namespace, a port on the
//! bridge, an address, a route, links up and deleted. Messages are built with
//! netlink-packet-route and sent on a netlink-sys socket; each request waits for its ack.

use std::net::Ipv4Addr;
use std::os::fd::{AsRawFd, BorrowedFd};

use anyhow::{Context, Result, bail};
use netlink_packet_core::{
    NLM_F_ACK, NLM_F_CREATE, NLM_F_EXCL, NLM_F_REQUEST, NetlinkHeader, NetlinkMessage,
    NetlinkPayload,
};
use netlink_packet_route::address::{AddressAttribute, AddressMessage};
use netlink_packet_route::link::{
    InfoData, InfoKind, InfoVeth, LinkAttribute, LinkFlags, LinkInfo, LinkMessage,
};
use netlink_packet_route::route::{
    RouteAddress, RouteAttribute, RouteHeader, RouteMessage, RouteProtocol, RouteScope, RouteType,
};
use netlink_packet_route::{AddressFamily, RouteNetlinkMessage};
use netlink_sys::{Socket, SocketAddr, protocols::NETLINK_ROUTE};

/// A route netlink socket in the namespace of the thread that opened it.
pub struct Netlink {
    socket: Socket,
    sequence: u32,
}

impl Netlink {
    pub fn open() -> Result<Netlink> {
        let mut socket = Socket::new(NETLINK_ROUTE).context("opening a netlink socket")?;
        socket.bind_auto().context("binding the netlink socket")?;
        socket
            .connect(&SocketAddr::new(0, 0))
            .context("connecting the netlink socket")?;
        Ok(Netlink {
            socket,
            sequence: 0,
        })
    }

    fn request(&mut self, message: RouteNetlinkMessage, create: bool, what: &str) -> Result<()> {
        self.sequence += 1;
        let mut header = NetlinkHeader::default();
        header.flags = NLM_F_REQUEST | NLM_F_ACK;
        if create {
            header.flags |= NLM_F_CREATE | NLM_F_EXCL;
        }
        header.sequence_number = self.sequence;
        let mut packet = NetlinkMessage::new(header, NetlinkPayload::from(message));
        packet.finalize();
        let mut buf = vec![0u8; packet.buffer_len()];
        packet.serialize(&mut buf);
        self.socket
            .send(&buf, 0)
            .with_context(|| format!("{what}: sending the request"))?;
        let mut reply = vec![0u8; 8192];
        loop {
            let n = self
                .socket
                .recv(&mut &mut reply[..], 0)
                .with_context(|| format!("{what}: reading the answer"))?;
            let parsed = NetlinkMessage::<RouteNetlinkMessage>::deserialize(&reply[..n])
                .with_context(|| format!("{what}: decoding the answer"))?;
            if parsed.header.sequence_number != self.sequence {
                continue;
            }
            match parsed.payload {
                NetlinkPayload::Error(e) => match e.code {
                    None => return Ok(()),
                    Some(code) => {
                        let err = std::io::Error::from_raw_os_error(-code.get());
                        bail!("{what}: {err}");
                    }
                },
                NetlinkPayload::Done(_) => return Ok(()),
                _ => {}
            }
        }
    }

    /// Creates bridge `name`.
    pub fn add_bridge(&mut self, name: &str) -> Result<()> {
        let mut link = LinkMessage::default();
        link.attributes = vec![
            LinkAttribute::IfName(name.into()),
            LinkAttribute::LinkInfo(vec![LinkInfo::Kind(InfoKind::Bridge)]),
        ];
        self.request(
            RouteNetlinkMessage::NewLink(link),
            true,
            &format!("creating bridge {name}"),
        )
    }

    /// Creates veth `name` here with its peer `peer` (with MAC `peer_mac`) in the network
    /// namespace `peer_ns`.
    pub fn add_veth(
        &mut self,
        name: &str,
        peer: &str,
        peer_mac: &[u8; 6],
        peer_ns: BorrowedFd<'_>,
    ) -> Result<()> {
        let mut peer_link = LinkMessage::default();
        peer_link.attributes = vec![
            LinkAttribute::IfName(peer.into()),
            LinkAttribute::Address(peer_mac.to_vec()),
            LinkAttribute::NetNsFd(peer_ns.as_raw_fd()),
        ];
        let mut link = LinkMessage::default();
        link.attributes = vec![
            LinkAttribute::IfName(name.into()),
            LinkAttribute::LinkInfo(vec![
                LinkInfo::Kind(InfoKind::Veth),
                LinkInfo::Data(InfoData::Veth(InfoVeth::Peer(peer_link))),
            ]),
        ];
        self.request(
            RouteNetlinkMessage::NewLink(link),
            true,
            &format!("creating veth {name} (peer {peer})"),
        )
    }

    /// Sets link `index` up, and makes it a port of `controller` when given.
    pub fn set_up(&mut self, index: u32, controller: Option<u32>) -> Result<()> {
        let mut link = LinkMessage::default();
        link.header.index = index;
        link.header.flags = LinkFlags::Up;
        link.header.change_mask = LinkFlags::Up;
        if let Some(c) = controller {
            link.attributes.push(LinkAttribute::Controller(c));
        }
        self.request(
            RouteNetlinkMessage::SetLink(link),
            false,
            &format!("setting link {index} up"),
        )
    }

    /// Deletes link `index` (a veth takes its peer with it).
    pub fn delete(&mut self, index: u32) -> Result<()> {
        let mut link = LinkMessage::default();
        link.header.index = index;
        self.request(
            RouteNetlinkMessage::DelLink(link),
            false,
            &format!("deleting link {index}"),
        )
    }

    /// Gives link `index` the address `ip/prefix`.
    pub fn add_address(&mut self, index: u32, ip: Ipv4Addr, prefix: u8) -> Result<()> {
        let mut msg = AddressMessage::default();
        msg.header.family = AddressFamily::Inet;
        msg.header.prefix_len = prefix;
        msg.header.index = index;
        let broadcast = Ipv4Addr::from(u32::from(ip) | (u32::MAX >> prefix));
        msg.attributes = vec![
            AddressAttribute::Local(ip.into()),
            AddressAttribute::Address(ip.into()),
            AddressAttribute::Broadcast(broadcast),
        ];
        self.request(
            RouteNetlinkMessage::NewAddress(msg),
            true,
            &format!("adding address {ip}/{prefix}"),
        )
    }

    /// Adds the default route through `gateway`.
    pub fn add_default_route(&mut self, gateway: Ipv4Addr) -> Result<()> {
        let mut msg = RouteMessage::default();
        msg.header.address_family = AddressFamily::Inet;
        msg.header.table = RouteHeader::RT_TABLE_MAIN;
        msg.header.protocol = RouteProtocol::Boot;
        msg.header.scope = RouteScope::Universe;
        msg.header.kind = RouteType::Unicast;
        msg.attributes = vec![RouteAttribute::Gateway(RouteAddress::Inet(gateway))];
        self.request(
            RouteNetlinkMessage::NewRoute(msg),
            true,
            &format!("adding the default route via {gateway}"),
        )
    }
}

/// The index of interface `name` in the calling thread's network namespace.
pub fn index_of(name: &str) -> Result<u32> {
    nix::net::if_::if_nametoindex(name).with_context(|| format!("finding interface {name}"))
}

/// A MAC address `aa:bb:cc:dd:ee:ff` as bytes.
pub fn mac_bytes(text: &str) -> Result<[u8; 6]> {
    let mut out = [0u8; 6];
    let parts: Vec<&str> = text.split(':').collect();
    if parts.len() != 6 {
        bail!("invalid MAC address {text}");
    }
    for (slot, part) in out.iter_mut().zip(parts) {
        *slot =
            u8::from_str_radix(part, 16).with_context(|| format!("invalid MAC address {text}"))?;
    }
    Ok(out)
}
