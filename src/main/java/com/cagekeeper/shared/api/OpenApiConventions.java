package com.cagekeeper.shared.api;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds the error responses every operation shares, all as problem+json, so the
 * contract lists them without repeating annotations on each resource method.
 */
public class OpenApiConventions implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.getOperations().forEach((method, op) -> addErrors(path, method, op));
        });
    }

    private static void addErrors(String path, PathItem.HttpMethod method, Operation op) {
        APIResponses responses = op.getResponses();
        Map<String, String> errors = new TreeMap<>();
        errors.put("400", "Invalid input: every invalid field is listed in errors");
        errors.put("401", "No token, or a token that is not valid");
        errors.put("403", "The token's role may not call this operation");
        errors.put("503", "The database cannot be reached; nothing was decided or changed");
        if (path.contains("{")) {
            errors.put("404", "No such object, or it belongs to another customer");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
            errors.put("409", "The object's state forbids the action, or a concurrent change won; detail names the clause");
            errors.put("422", "Well-formed input that breaks a contract rule; code and clause name it");
        }
        if (method == PathItem.HttpMethod.PUT || (method == PathItem.HttpMethod.POST && path.endsWith("}/" + last(path)))) {
            errors.put("412", "If-Match names a version that is no longer current");
        }
        errors.forEach((status, description) -> {
            APIResponse existing = responses.getAPIResponse(status);
            if (existing == null || existing.getContent() == null) {
                responses.addAPIResponse(status, problem(description));
            }
        });
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static APIResponse problem(String description) {
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}
