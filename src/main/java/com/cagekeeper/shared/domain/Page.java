package com.cagekeeper.shared.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items and the cursor of the next page, or null on the last. */
public record Page<T>(List<T> items,
        @Schema(nullable = true, description = "The cursor of the next page; null on the last page") String next) {
}
