//! den's store: blobs, images, unpacked layers, containers; locks and atomic writes.
