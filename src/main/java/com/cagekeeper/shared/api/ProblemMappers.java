package com.cagekeeper.shared.api;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.cagekeeper.shared.domain.DateBounds;
import com.cagekeeper.shared.domain.InvalidInput;
import com.cagekeeper.shared.domain.Money;
import com.cagekeeper.shared.domain.NotFound;
import com.cagekeeper.shared.domain.RuleViolation;
import com.cagekeeper.shared.domain.StaleVersion;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into one problem+json response. Responses never carry stack
 * traces or class names; unexpected errors are logged with an id the response repeats.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    AllowedMethods allowed;

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldName(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        return Problems.response(400, "VALIDATION_FAILED", "Invalid input",
                "The request has " + errors.size() + " invalid field(s).", null, errors, path(uri));
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInput e, UriInfo uri) {
        List<Problem.FieldError> errors = e.errors().stream()
                .map(f -> new Problem.FieldError(f.field(), f.message())).toList();
        return Problems.response(400, "VALIDATION_FAILED", "Invalid input",
                "The request has " + errors.size() + " invalid field(s).", null, errors, path(uri));
    }

    // MismatchedInputException is named so that this mapper, not Quarkus' built-in one for it, answers.
    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class })
    public Response json(JsonProcessingException e, UriInfo uri) {
        String field = "body";
        String message = "is not valid JSON";
        // broken or truncated JSON blames the body, not the field the parser had reached
        if (!isUnparseable(e) && e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            field = jsonPath(m.getPath());
            if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
                message = "must be one of " + java.util.Arrays.toString(f.getTargetType().getEnumConstants());
            } else if (e instanceof MismatchedInputException mi && mi.getTargetType() != null
                    && mi.getTargetType().getName().startsWith("java.time")) {
                message = "must be " + describe(mi.getTargetType());
            } else if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
                message = "must be " + describe(mi.getTargetType());
            } else {
                message = "is not valid";
            }
        } else if (!isUnparseable(e) && e instanceof MismatchedInputException) {
            message = "must be a JSON object of the documented shape";
        }
        return Problems.response(400, "MALFORMED_REQUEST", "Malformed request",
                "The request body could not be read: " + field + " " + message + ".", null,
                List.of(new Problem.FieldError(field, message)), path(uri));
    }

    @ServerExceptionMapper
    public Response notFound(NotFound e, UriInfo uri) {
        return Problems.response(404, "NOT_FOUND", "Not found", e.getMessage() + ".", null, null, path(uri));
    }

    @ServerExceptionMapper
    public Response rule(RuleViolation e, UriInfo uri) {
        boolean conflict = e.kind() == RuleViolation.Kind.STATE_CONFLICT;
        var r = e.rejection();
        // a rule that refuses one field of the request names it, as a 400 names its invalid fields
        List<Problem.FieldError> errors = r.field() == null ? null
                : List.of(new Problem.FieldError(r.field(), r.message()));
        return Problems.response(conflict ? 409 : 422, r.code(), conflict ? "Conflict" : "Rule violated",
                r.message(), r.clause(), errors, path(uri));
    }

    @ServerExceptionMapper
    public Response stale(StaleVersion e, UriInfo uri) {
        return Problems.response(412, "STALE_VERSION", "Precondition failed",
                "If-Match does not name the current version; the current ETag is \"" + e.current()
                        + "\". Read the object again and retry.",
                null, null, path(uri));
    }

    // a deadlock between two writers is a lost race too: the victim's transaction was rolled back
    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class,
            PessimisticLockException.class })
    public Response lostRace(Exception e, UriInfo uri) {
        return Problems.response(409, "CONCURRENT_UPDATE", "Conflict",
                "Another request changed the object at the same time; read it again and retry.", null, null,
                path(uri));
    }

    /**
     * A unique or foreign key the database enforces: a concurrent request won (the same document
     * listed twice at once, say). Input is checked before it reaches the database, so this is a race.
     */
    @ServerExceptionMapper
    public Response integrity(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        LOG.infof("Integrity constraint %s refused a write on %s", e.getConstraintName(), path(uri));
        return Problems.response(409, "CONCURRENT_UPDATE", "Conflict",
                "A concurrent request changed the same data first; read it again and retry.", null, null,
                path(uri));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(Exception e, UriInfo uri) {
        Response r = Problems.response(401, "UNAUTHENTICATED", "Unauthorized",
                "A valid bearer token is required.", null, null, path(uri));
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(403, "FORBIDDEN", "Forbidden", "The token's role may not do this.", null, null,
                path(uri));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException j) {
            return json(j, uri);
        }
        if (status == 400 && e.getCause() instanceof InvalidInput i) { // a query parameter's converter
            return invalidInput(i, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No such resource.";
            case 405 -> "The method is not allowed on this resource.";
            case 406 -> "The requested media type is not available; ask for application/json.";
            case 413 -> "The request body is too large.";
            case 415 -> "The request body must be application/json.";
            default -> title + ".";
        };
        Response r = Problems.response(status, title.toUpperCase().replace(' ', '_'), title, detail, null, null,
                path(uri));
        if (status == 405) {
            String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
            if (allow == null && uri != null) {
                allow = allowed.allowHeader(AllowedMethods.normalize(uri.getPath())).orElse(null);
            }
            if (allow != null) {
                r = Response.fromResponse(r).header(HttpHeaders.ALLOW, allow).build();
            }
        }
        return r;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        // a conflict found only at commit reaches here wrapped (RollbackException and the like)
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException c) {
                return integrity(c, uri);
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof PessimisticLockException
                    || t instanceof java.sql.SQLException s && ("40001".equals(s.getSQLState())
                            || s.getErrorCode() == 1205 || s.getErrorCode() == 1213)) {
                // a deadlock or lock wait timeout: a concurrent writer won; nothing was changed
                return lostRace(e instanceof Exception x ? x : new RuntimeException(e), uri);
            }
        }
        if (isDatabaseUnavailable(e)) {
            LOG.warnf("Database unavailable: %s", e.toString());
            Response r = Problems.response(503, "DEPENDENCY_UNAVAILABLE", "Service unavailable",
                    "The database cannot be reached; nothing was decided or changed. Retry shortly.", null, null,
                    path(uri));
            return Response.fromResponse(r).header(HttpHeaders.RETRY_AFTER, "5").build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, path(uri));
        return Problems.response(500, "INTERNAL_ERROR", "Internal error",
                "An unexpected error occurred; quote error id " + errorId + " to support.", null, null, path(uri));
    }

    /**
     * Whether the failure comes from a database that cannot be reached (the answer is 503, never a grant): a
     * lost or refused connection (the driver's failover to another Galera node included: the statement in
     * flight is not replayed), a node that is not ready (SQLState 08S01, "WSREP has not yet prepared node for
     * application use"), or a pool that handed out no connection within the acquisition timeout.
     */
    public static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof java.net.ConnectException
                    || t.getClass().getName().startsWith("io.agroal") || isPoolTimeout(t)
                    || (t instanceof java.sql.SQLException s && s.getSQLState() != null
                            && s.getSQLState().startsWith("08"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * The connection pool's own refusal: Agroal throws a plain {@code SQLException} without SQLState ("Sorry,
     * acquisition timeout!") when no connection frees up in time, as when every connection waits on a node
     * that died; it is told apart by being thrown from the pool itself.
     */
    private static boolean isPoolTimeout(Throwable t) {
        if (!(t instanceof java.sql.SQLException s) || s.getSQLState() != null || s.getErrorCode() != 0) {
            return false;
        }
        StackTraceElement[] at = s.getStackTrace();
        return at.length > 0 && at[0].getClassName().startsWith("io.agroal.");
    }

    private static boolean isUnparseable(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof JsonParseException) {
                return true;
            }
        }
        return false;
    }

    /** The field as clients write it: {@code contacts[1].email}, {@code spaceIds[0]}. */
    private static String fieldName(Path path) {
        StringBuilder sb = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            // An index belongs to the container the node sits in: contacts[0].email, spaceIds[1].
            if (node.isInIterable() && (node.getIndex() != null || node.getKey() != null)) {
                sb.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(node.getName());
        }
        if (!sb.isEmpty()) {
            return sb.toString();
        }
        return parameter == null || parameter.equals("request") ? "body" : parameter;
    }

    private static String jsonPath(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    private static String describe(Class<?> type) {
        if (type == Money.DecimalText.class) {
            return "a decimal string such as \"1250.00\"";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == java.time.LocalDate.class) {
            return "an ISO-8601 date such as 2026-11-23, " + DateBounds.MESSAGE.replace("must be ", "");
        }
        if (type == java.time.Instant.class) {
            return "an ISO-8601 instant such as 2026-11-23T14:05:00Z, " + DateBounds.MESSAGE.replace("must be ", "");
        }
        return "an object";
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
