package dev.winnow.io;

import dev.winnow.Page;

/**
 * One record read from an input: a page to clean, or the reason it could not be read.
 *
 * @param id     the record's name in the output: a file name, a JSONL {@code id}, a WARC-Record-ID
 * @param source where it came from (file path, {@code -}, with {@code :line} or {@code @offset} inside a container)
 * @param url    the page's URL, or {@code null}
 * @param page   the page, or {@code null} when {@code error} is set
 * @param error  why the record cannot be cleaned (naming the record), or {@code null}
 * @param size   input size in bytes, for throughput figures and memory budgets
 */
public record InputRecord(String id, String source, String url, Page page, String error, long size) {
    public static InputRecord of(String id, String source, String url, Page page) {
        return new InputRecord(id, source, url, page, null, page.size());
    }

    public static InputRecord failed(String id, String source, String url, String error) {
        return new InputRecord(id, source, url, null, error, 0);
    }
}
