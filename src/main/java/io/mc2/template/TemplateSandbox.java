package io.mc2.template;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

/**
 * The methods a clause template may call, by the class of the object: the getters of the objects
 * mc2 hands to templates, and methods of text, numbers, booleans, lists and maps whose result is no
 * bigger than what they are called on ({@code "x".repeat(2000000000)} is refused, not run). Built
 * on Velocity's {@link SecureUberspector}, which already keeps classes, reflection and files out.
 */
public final class TemplateSandbox extends SecureUberspector {
    private static final Set<String> TEXT = Set.of("length", "isEmpty", "isBlank", "equals", "equalsIgnoreCase", "startsWith",
            "endsWith", "contains", "toUpperCase", "toLowerCase", "trim", "strip", "toString", "charAt", "indexOf", "substring",
            "compareTo");
    private static final Set<String> NUMBER = Set.of("intValue", "longValue", "doubleValue", "toString", "equals", "compareTo",
            "signum", "toPlainString");
    private static final Set<String> BOOLEAN = Set.of("booleanValue", "toString", "equals");
    private static final Set<String> COLLECTION = Set.of("size", "isEmpty", "get", "contains", "containsKey", "toString");
    private static final Map<Class<?>, Set<String>> OURS = Map.of(
            ParameterValue.class, Set.of("getValue", "getNumber", "toString"),
            DealView.class, Set.of("getHdoName", "getMdmName", "getProduct", "getAgreement", "toString"),
            CrossReferences.class, Set.of("to", "has"));

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info i) {
        VelMethod m = super.getMethod(obj, methodName, args, i);
        if (m != null && !allowed(obj, m.getMethodName())) throw refused(obj, methodName, i);
        return m;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info i) {
        VelPropertyGet g = super.getPropertyGet(obj, identifier, i);
        if (g != null && g.getMethodName() != null && !allowed(obj, g.getMethodName())) throw refused(obj, identifier, i);
        return g;
    }

    static boolean allowed(Object obj, String method) {
        if (obj == null) return false;
        Set<String> ours = OURS.get(obj.getClass());
        if (ours != null) return ours.contains(method);
        if (obj instanceof String) return TEXT.contains(method);
        if (obj instanceof Integer || obj instanceof Long || obj instanceof Double || obj instanceof BigDecimal) return NUMBER.contains(method);
        if (obj instanceof Boolean) return BOOLEAN.contains(method);
        if (obj instanceof List<?> || obj instanceof Map<?, ?>) return COLLECTION.contains(method);
        return false;
    }

    private static TemplateRefusal refused(Object obj, String name, Info i) {
        return new TemplateRefusal("templates may not call '" + name + "' on " + kind(obj), i == null ? 0 : i.getLine(),
                i == null ? 0 : i.getColumn());
    }

    /** What the object is, in the words of a template author. */
    private static String kind(Object obj) {
        if (obj instanceof String) return "text";
        if (obj instanceof Number) return "a number";
        if (obj instanceof Boolean) return "a yes/no value";
        if (obj instanceof List<?>) return "a list";
        if (obj instanceof Map<?, ?>) return "a map";
        if (obj instanceof ParameterValue) return "a parameter";
        if (obj instanceof DealView) return "$deal";
        if (obj instanceof CrossReferences) return "$ref";
        return "this value";
    }
}
