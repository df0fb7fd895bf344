/**
 * Batch input and output for the command line and for crawler pipelines: readers that turn files, JSONL, WARC
 * and WET streams into {@link dev.winnow.io.InputRecord}s one at a time, and a {@link dev.winnow.io.Pipeline}
 * that cleans them on several threads while keeping the output in input order and memory flat.
 */
package dev.winnow.io;
