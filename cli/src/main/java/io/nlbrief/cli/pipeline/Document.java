package io.nlbrief.cli.pipeline;

import java.io.Serializable;

/**
 * One article's bytes on their way to a worker: a file as read, or a line of a JSON Lines archive
 * turned into the page it stands for ({@link ArchiveLine}).
 *
 * @param name what the record's {@code file} field and messages call it: the path as typed, or
 *     {@code archive.jsonl#id}
 * @param order where it sorts in the output: the path, and in an archive the line number
 * @param bytes the document
 */
record Document(String name, String order, byte[] bytes) implements Serializable {
  private static final long serialVersionUID = 1L;
}
