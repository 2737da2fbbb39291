// The files below a directory that an input names: every *.txt below a
// directory argument, or what a glob pattern matches below its fixed part.
//
// Symbolic links are followed, with the guard `find -L` and `rg -L` have: a
// directory is known by its device and inode and entered once, and a link to
// one of its own ancestors (`sub/up -> ..`) is a loop, reported once and not
// followed. Without it one such link lists every file 41 times (until the
// kernel's limit on links in a path), and two of them grow the paths
// exponentially. Links are followed after the directories that are not links,
// so that a file keeps its own name where it has one. An entry that cannot be read is reported and the walk goes on,
// as `grep -r` does. Names stay bytes where they are not UTF-8 (file-names.ts).

import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { describeSystemError, isSystemError } from './errors.js';
import { displayName, joinName, nameFromBytes, nameText, type RawName } from './file-names.js';

export interface FoundFile {
  /** Absolute. */
  path: RawName;
  /** Relative to the current directory, or absolute, as the input was given. */
  name: RawName;
  /** Device and inode: the same file reached by two names is one file. */
  id: string;
  /** Reached through a symbolic link: a name without one is preferred. */
  linked: boolean;
}

export interface WalkRoot {
  /** Absolute. */
  path: RawName;
  /** What names below it start with ('' or '.': nothing). */
  name: RawName;
  stats: Stats;
}

export interface WalkOptions {
  /** Whether a file is wanted, by its path below the root, '/'-separated. */
  wants(relative: string): boolean;
  /** How many levels below the root can hold a wanted file: 1 for the root's own entries. */
  maxDepth: number;
  /** Whether names starting with a dot are looked at (a pattern that names one); otherwise they are passed by. */
  dots: boolean;
}

export interface WalkResult {
  files: FoundFile[];
  /** Entries that could not be read, one line each (`Cannot read pages/locked: permission denied (EACCES)`). */
  errors: string[];
  /** Symbolic-link loops, one warning line each. */
  loops: string[];
}

/** How a file or directory is known whatever its name: a hard link or a symbolic link to it is the same. */
export function fileId(stats: Stats): string {
  return `${stats.dev}:${stats.ino}`;
}

export function walk(root: WalkRoot, options: WalkOptions): WalkResult {
  return new Walker(options).run(root);
}

interface Directory {
  path: RawName;
  name: RawName;
  /** Below the root, '/'-separated, for matching. */
  relative: string;
  /** For the order the walk takes: the name's bytes. */
  bytes: Buffer;
  /** Reached through a symbolic link. */
  linked: boolean;
}

/** A symbolic link to a directory, followed once the directories that are no link have been walked. */
interface Link {
  directory: Directory;
  stats: Stats;
  depth: number;
  /** The directories above the link: a link to one of them is a loop. */
  ancestors: Map<string, string>;
}

const DOT = 0x2e;

class Walker {
  private readonly result: WalkResult = { files: [], errors: [], loops: [] };
  /** Every directory entered, so that one reached again by another link is not walked twice. */
  private readonly entered = new Set<string>();
  /** The directories from the root down to the one being walked, and how each is shown. */
  private ancestors = new Map<string, string>();
  private readonly links: Link[] = [];

  constructor(private readonly options: WalkOptions) {}

  run(root: WalkRoot): WalkResult {
    this.enter({ path: root.path, name: root.name, relative: '', bytes: Buffer.alloc(0), linked: false }, fileId(root.stats), 0);
    // Links last, so that a file is named by its own path, not a link's, where it has one.
    for (let next = this.links.shift(); next !== undefined; next = this.links.shift()) this.follow(next);
    return this.result;
  }

  private enter(directory: Directory, id: string, depth: number): void {
    this.entered.add(id);
    this.ancestors.set(id, directory.name === '' ? '.' : displayName(directory.name));
    try {
      for (const subdirectory of this.read(directory, depth)) {
        let stats: Stats;
        try {
          stats = statSync(subdirectory.path);
        } catch (error) {
          this.unreadable(subdirectory.name, error);
          continue;
        }
        const id = fileId(stats);
        // A directory mounted inside itself is a loop too.
        if (this.ancestors.has(id)) this.loop(subdirectory, this.ancestors.get(id)!);
        else if (!this.entered.has(id)) this.enter(subdirectory, id, depth + 1);
      }
    } finally {
      this.ancestors.delete(id);
    }
  }

  /** Adds the wanted files of a directory and notes its links; returns its subdirectories, in the order of their names. */
  private read(directory: Directory, depth: number): Directory[] {
    let entries: Array<Dirent<Buffer>>;
    try {
      entries = readdirSync(directory.path, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      this.unreadable(directory.name, error);
      return [];
    }
    const deeper = depth + 1 < this.options.maxDepth;
    const subdirectories: Directory[] = [];
    const links: Link[] = [];
    for (const entry of entries) {
      const bytes = entry.name;
      if (bytes[0] === DOT && !this.options.dots) continue;
      const name = nameFromBytes(bytes);
      const child: Directory = {
        path: joinName(directory.path, name),
        name: joinName(directory.name, name),
        relative: directory.relative === '' ? nameText(name) : `${directory.relative}/${nameText(name)}`,
        bytes,
        linked: directory.linked,
      };
      if (entry.isFile()) {
        if (this.options.wants(child.relative)) this.addFile(child);
      } else if (entry.isDirectory()) {
        if (deeper) subdirectories.push(child);
      } else if (!(entry.isFIFO() || entry.isSocket() || entry.isCharacterDevice() || entry.isBlockDevice())) {
        // A symbolic link, or a file system that does not say what the entry is: ask what it leads to.
        const wanted = this.options.wants(child.relative);
        if (!wanted && !deeper) continue;
        let stats: Stats;
        try {
          stats = statSync(child.path);
        } catch (error) {
          // A link to nothing matters only where a file was wanted.
          if (wanted) this.unreadable(child.name, error);
          continue;
        }
        const linked = { ...child, linked: child.linked || entry.isSymbolicLink() };
        if (stats.isFile() && wanted) this.addFile(linked, stats);
        else if (stats.isDirectory() && deeper) links.push({ directory: linked, stats, depth: depth + 1, ancestors: new Map(this.ancestors) });
      }
      // FIFOs, sockets and devices are passed by: a FIFO named *.txt would block the run.
    }
    // The same order every run, whatever order the file system lists them in.
    const byName = (a: Directory, b: Directory) => Buffer.compare(a.bytes, b.bytes);
    this.links.push(...links.sort((a, b) => byName(a.directory, b.directory)));
    return subdirectories.sort(byName);
  }

  private follow(link: Link): void {
    const id = fileId(link.stats);
    const ancestor = link.ancestors.get(id);
    if (ancestor !== undefined) return this.loop(link.directory, ancestor);
    // Entered already by another name: its files are listed once, under that name.
    if (this.entered.has(id)) return;
    this.ancestors = link.ancestors;
    this.enter(link.directory, id, link.depth);
  }

  private loop(directory: Directory, ancestor: string): void {
    this.result.loops.push(`Skipped ${displayName(directory.name)}: a symbolic link loop back to ${ancestor}`);
  }

  private addFile(file: Directory, known?: Stats): void {
    let stats = known;
    if (stats === undefined) {
      try {
        stats = statSync(file.path);
      } catch (error) {
        this.unreadable(file.name, error);
        return;
      }
    }
    this.result.files.push({ path: file.path, name: file.name, id: fileId(stats), linked: file.linked });
  }

  private unreadable(name: RawName, error: unknown): void {
    if (!isSystemError(error)) throw error;
    this.result.errors.push(`Cannot read ${name === '' ? '.' : displayName(name)}: ${describeSystemError(error)}`);
  }
}
