package com.cagekeeper.desk.api;

import java.util.List;

import com.cagekeeper.desk.application.DeskService;

/**
 * Everything the desk page shows; {@code query} is what the lookup field is filled with again,
 * never a document number.
 */
public record DeskPage(String actor, String role, String csrf, DeskService.Board board, DeskService.Found found,
        DeskService.PersonLine person, String personId, String spaceId, DeskService.Outcome outcome, String error,
        String query, String documentType, List<String> documentTypes) {
}
