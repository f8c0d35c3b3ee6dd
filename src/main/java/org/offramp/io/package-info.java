/**
 * Files written whole or not at all ({@link org.offramp.io.AtomicFiles}): a temporary file in the
 * target's folder, forced to disk, then moved into place, with the permissions a new file gets from
 * the umask. The one implementation, used by the engines, the designs, the charts and the command
 * line; it depends on nothing of ours.
 */
package org.offramp.io;
