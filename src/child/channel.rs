//! The typed parent/child protocol: one CLOEXEC `SOCK_SEQPACKET` socketpair per child, each
//! datagram one JSON message, file descriptors (the pty master) as SCM_RIGHTS. The parent end
//! can only send `ToChild` and receive `ToParent`, and the reverse for the child end, so a
//! message cannot go the wrong way.

use std::io::{IoSlice, IoSliceMut};
use std::marker::PhantomData;
use std::os::fd::{AsFd, AsRawFd, OwnedFd, RawFd};

use anyhow::{Context, Result, bail};
use nix::sys::socket::{
    AddressFamily, ControlMessage, ControlMessageOwned, MsgFlags, SockFlag, SockType, recvmsg,
    sendmsg, socketpair,
};
use serde::{Deserialize, Serialize, de::DeserializeOwned};

use crate::error::Remote;

/// Messages from den (the parent) to its child.
#[derive(Debug, Serialize, Deserialize)]
pub enum ToChild {
    /// The uid and gid maps are written: the child is root in its namespace now.
    MappingWritten,
    /// The parent received the pty master (or has nothing to wait for): go on and exec.
    Proceed,
    /// The container's network is connected (its helper configured the namespace), or it
    /// needs none: go on with the setup.
    NetworkReady,
}

/// Messages from the child to den.
#[derive(Debug, Serialize, Deserialize)]
pub enum ToParent {
    /// The pty master of the container's terminal comes with this message.
    PtyMaster,
    /// The /dev/fuse descriptor of the container's root mount comes with this message: den
    /// starts the FUSE server in the store's namespace and answers `Proceed`.
    FuseDevice,
    /// Setup or exec failed; the whole error chain.
    Failed(Remote),
}

const MAX_MESSAGE: usize = 64 * 1024;

/// One end of the channel, typed by what it sends (`S`) and receives (`R`).
#[derive(Debug)]
pub struct End<S, R> {
    fd: OwnedFd,
    _types: PhantomData<(S, R)>,
}

/// The parent's end.
pub type ParentEnd = End<ToChild, ToParent>;
/// The child's end.
pub type ChildEnd = End<ToParent, ToChild>;

/// Creates a connected pair of ends.
pub fn pair() -> Result<(ParentEnd, ChildEnd)> {
    let (a, b) = socketpair(
        AddressFamily::Unix,
        SockType::SeqPacket,
        None,
        SockFlag::SOCK_CLOEXEC,
    )
    .context("creating the parent/child socket pair")?;
    Ok((
        End {
            fd: a,
            _types: PhantomData,
        },
        End {
            fd: b,
            _types: PhantomData,
        },
    ))
}

impl<S: Serialize, R: DeserializeOwned> End<S, R> {
    /// Sends one message.
    pub fn send(&self, msg: &S) -> Result<()> {
        self.send_with_fd(msg, None)
    }

    /// Sends one message with a file descriptor attached.
    pub fn send_with_fd(&self, msg: &S, fd: Option<RawFd>) -> Result<()> {
        let bytes = serde_json::to_vec(msg).context("encoding a message")?;
        let iov = [IoSlice::new(&bytes)];
        let fds = fd.map(|f| [f]);
        let cmsgs: Vec<ControlMessage<'_>> = fds
            .as_ref()
            .map(|f| vec![ControlMessage::ScmRights(f)])
            .unwrap_or_default();
        sendmsg::<()>(
            self.fd.as_raw_fd(),
            &iov,
            &cmsgs,
            MsgFlags::MSG_NOSIGNAL,
            None,
        )
        .context("sending a message to the other den process")?;
        Ok(())
    }

    /// Receives one message; `None` when the other end closed (exited or exec'd).
    pub fn recv(&self) -> Result<Option<R>> {
        Ok(self.recv_with_fd()?.map(|(m, _)| m))
    }

    /// Receives one message and the descriptor that came with it, if any.
    pub fn recv_with_fd(&self) -> Result<Option<(R, Option<OwnedFd>)>> {
        let mut buf = vec![0u8; MAX_MESSAGE];
        let mut cmsg_space = nix::cmsg_space!([RawFd; 1]);
        let (len, fd) = loop {
            let mut iov = [IoSliceMut::new(&mut buf)];
            match recvmsg::<()>(
                self.fd.as_raw_fd(),
                &mut iov,
                Some(&mut cmsg_space),
                MsgFlags::MSG_CMSG_CLOEXEC,
            ) {
                Ok(msg) => {
                    let mut fd = None;
                    for cmsg in msg.cmsgs().context("reading control messages")? {
                        if let ControlMessageOwned::ScmRights(fds) = cmsg {
                            for raw in fds {
                                // Each received descriptor is new and ours alone.
                                let owned = owned_from_received(raw);
                                if fd.is_none() {
                                    fd = Some(owned);
                                }
                            }
                        }
                    }
                    break (msg.bytes, fd);
                }
                Err(nix::errno::Errno::EINTR) => {}
                Err(e) => return Err(e).context("receiving a message from the other den process"),
            }
        };
        if len == 0 {
            return Ok(None);
        }
        if len >= MAX_MESSAGE {
            bail!("message from the other den process is too large");
        }
        let msg = serde_json::from_slice(&buf[..len]).context("decoding a message")?;
        Ok(Some((msg, fd)))
    }

    /// The underlying socket (to poll it).
    pub fn as_fd(&self) -> std::os::fd::BorrowedFd<'_> {
        self.fd.as_fd()
    }
}

fn owned_from_received(raw: RawFd) -> OwnedFd {
    crate::sys::own_fd(raw)
}
