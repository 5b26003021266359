package io.mc2.write.docx;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlMixed;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSchema;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.namespace.QName;

/**
 * Writes docx4j's JAXB-annotated objects as XML by reading their annotations as it meets each
 * class, instead of through a JAXB context. docx4j's contexts cover every class of every Office
 * schema and take about a second of CPU to build; a draft uses some sixty classes. Covers the
 * annotations those classes use (root elements, propOrder, attributes, values, element references
 * and choices, enums, adapters) and refuses anything else rather than guess; a test holds the
 * output equal to JAXB's for every shipped profile.
 */
final class AnnotatedXml {
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final String DEFAULT = "##default";
    /** The prefixes docx4j gives the namespaces a draft can use, so the XML reads as Word's does. */
    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "w"),
            Map.entry("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "r"),
            Map.entry("http://schemas.openxmlformats.org/officeDocument/2006/math", "m"),
            Map.entry("http://schemas.microsoft.com/office/word/2010/wordml", "w14"),
            Map.entry("http://schemas.microsoft.com/office/word/2012/wordml", "w15"),
            Map.entry("http://schemas.openxmlformats.org/markup-compatibility/2006", "mc"),
            Map.entry("http://schemas.openxmlformats.org/drawingml/2006/main", "a"),
            Map.entry("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "wp"),
            Map.entry("urn:schemas-microsoft-com:vml", "v"),
            Map.entry("urn:schemas-microsoft-com:office:office", "o"));
    private static final String ROOT_DECLARATIONS = "\u0000ns\u0000";
    private static final Map<Class<?>, List<Property>> PROPERTIES = new ConcurrentHashMap<>();

    private final StringBuilder out = new StringBuilder(1 << 16);
    private final Map<String, String> used = new LinkedHashMap<>();

    private AnnotatedXml() {
    }

    /** The object as a standalone XML document (UTF-8), its class's root element outermost. */
    static byte[] write(Object root) {
        XmlRootElement re = root.getClass().getAnnotation(XmlRootElement.class);
        if (re == null) throw new IllegalArgumentException(root.getClass().getName() + " is not a root element");
        AnnotatedXml w = new AnnotatedXml();
        w.element(rootName(root.getClass()), root, true);
        StringBuilder decl = new StringBuilder();
        w.used.forEach((uri, prefix) -> decl.append(" xmlns:").append(prefix).append("=\"").append(XmlText.attribute(uri)).append('"'));
        int at = w.out.indexOf(ROOT_DECLARATIONS);
        w.out.replace(at, at + ROOT_DECLARATIONS.length(), decl.toString());
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + w.out).getBytes(StandardCharsets.UTF_8);
    }

    private void element(QName name, Object value, boolean root) {
        if (value instanceof JAXBElement<?> e) {
            if (e.isNil()) throw new IllegalArgumentException("nil element " + e.getName());
            element(e.getName(), e.getValue(), root);
            return;
        }
        String tag = qualified(name);
        out.append('<').append(tag);
        if (root) out.append(ROOT_DECLARATIONS);
        if (isSimple(value)) {
            out.append('>');
            XmlText.append(out, simple(value), false);
            out.append("</").append(tag).append('>');
            return;
        }
        List<Property> props = properties(value.getClass());
        for (Property p : props) {
            if (p.kind != Kind.ATTRIBUTE) continue;
            Object v = p.get(value);
            if (v == null) continue;
            out.append(' ').append(qualified(p.name)).append("=\"");
            XmlText.append(out, simple(p.adapt(v)), true);
            out.append('"');
        }
        for (Property p : props) {
            if (p.kind != Kind.ANY_ATTRIBUTE) continue;
            Object v = p.get(value);
            if (v instanceof Map<?, ?> m) {
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    out.append(' ').append(qualified((QName) e.getKey())).append("=\"");
                    XmlText.append(out, String.valueOf(e.getValue()), true);
                    out.append('"');
                }
            }
        }
        int mark = out.length();
        out.append('>');
        int contentStart = out.length();
        for (Property p : props) {
            switch (p.kind) {
                case VALUE -> {
                    Object v = p.get(value);
                    if (v != null) XmlText.append(out, simple(p.adapt(v)), false);
                }
                case ELEMENT, REF, CHOICE -> {
                    Object v = p.get(value);
                    if (v == null) continue;
                    for (Object item : v instanceof Collection<?> c ? c : List.of(v)) child(p, item);
                }
                default -> {
                    // attributes are written above
                }
            }
        }
        if (out.length() == contentStart) {
            out.setLength(mark);
            out.append("/>");
        } else {
            out.append("</").append(tag).append('>');
        }
    }

    private void child(Property p, Object item) {
        if (item == null) return;
        if (item instanceof String s && p.mixed) {
            XmlText.append(out, s, false);
            return;
        }
        if (item instanceof JAXBElement<?> e) {
            element(e.getName(), e.getValue(), false);
            return;
        }
        if (item instanceof org.w3c.dom.Node) throw new IllegalStateException("DOM content is not supported: " + p.field);
        switch (p.kind) {
            case REF -> element(rootName(item.getClass()), item, false);
            case CHOICE -> element(p.choice(item.getClass()), p.adapt(item), false);
            default -> element(p.name, p.adapt(item), false);
        }
    }

    private String qualified(QName name) {
        String uri = name.getNamespaceURI();
        if (uri.isEmpty()) return name.getLocalPart();
        if (uri.equals(XML_NS)) return "xml:" + name.getLocalPart();
        String prefix = used.computeIfAbsent(uri, u -> PREFIXES.getOrDefault(u, "ns" + (used.size() + 1)));
        return prefix + ":" + name.getLocalPart();
    }

    // ---- what a class says about itself ---------------------------------------------------------

    private enum Kind { ATTRIBUTE, ANY_ATTRIBUTE, VALUE, ELEMENT, REF, CHOICE }

    private static final class Property {
        final Field field;
        final Kind kind;
        final QName name;
        final boolean mixed;
        final XmlAdapter<Object, Object> adapter;
        final Map<Class<?>, QName> choices;

        Property(Field field, Kind kind, QName name, boolean mixed, XmlAdapter<Object, Object> adapter, Map<Class<?>, QName> choices) {
            this.field = field;
            this.kind = kind;
            this.name = name;
            this.mixed = mixed;
            this.adapter = adapter;
            this.choices = choices;
        }

        Object get(Object bean) {
            try {
                return field.get(bean);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + field, e);
            }
        }

        Object adapt(Object v) {
            if (adapter == null) return v;
            try {
                return adapter.marshal(v);
            } catch (Exception e) {
                throw new IllegalStateException("adapter of " + field + " failed", e);
            }
        }

        QName choice(Class<?> c) {
            for (Class<?> k = c; k != null; k = k.getSuperclass()) {
                QName n = choices.get(k);
                if (n != null) return n;
            }
            throw new IllegalStateException(field + " has no element for " + c.getName());
        }
    }

    private static List<Property> properties(Class<?> type) {
        return PROPERTIES.computeIfAbsent(type, AnnotatedXml::scan);
    }

    /** Superclass properties first, each class's elements in its propOrder, as JAXB writes them. */
    private static List<Property> scan(Class<?> type) {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) chain.add(0, c);
        List<Property> all = new ArrayList<>();
        // a @XmlTransient superclass lends its fields to the first mapped class below it
        Map<String, Property> byName = new LinkedHashMap<>();
        for (Class<?> c : chain) {
            for (Field f : c.getDeclaredFields()) {
                Property p = property(c, f);
                if (p != null) byName.put(f.getName(), p);
            }
            if (c.isAnnotationPresent(XmlTransient.class)) continue;
            XmlType xt = c.getAnnotation(XmlType.class);
            Set<String> order = new LinkedHashSet<>();
            if (xt != null) for (String n : xt.propOrder()) if (!n.isEmpty()) order.add(n);
            for (String n : order) {
                Property p = byName.remove(n);
                if (p == null) throw new IllegalStateException(c.getName() + ": propOrder names unknown property " + n);
                all.add(p);
            }
            all.addAll(byName.values());
            byName = new LinkedHashMap<>();
        }
        return List.copyOf(all);
    }

    @SuppressWarnings("unchecked")
    private static Property property(Class<?> owner, Field f) {
        int mod = f.getModifiers();
        if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isSynthetic() || f.isAnnotationPresent(XmlTransient.class)) {
            return null;
        }
        if (f.isAnnotationPresent(XmlElementWrapper.class)) throw new IllegalStateException("not supported: " + f);
        f.setAccessible(true);
        XmlAdapter<Object, Object> adapter = null;
        XmlJavaTypeAdapter ja = f.getAnnotation(XmlJavaTypeAdapter.class);
        if (ja != null) {
            try {
                adapter = (XmlAdapter<Object, Object>) ja.value().getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make the adapter of " + f, e);
            }
        }
        boolean mixed = f.isAnnotationPresent(XmlMixed.class);
        XmlAttribute a = f.getAnnotation(XmlAttribute.class);
        if (a != null) {
            String ns = a.namespace().equals(DEFAULT) ? (attributesQualified(owner) ? namespace(owner) : "") : a.namespace();
            return new Property(f, Kind.ATTRIBUTE, new QName(ns, a.name().equals(DEFAULT) ? f.getName() : a.name()), false, adapter, null);
        }
        if (f.isAnnotationPresent(XmlAnyAttribute.class)) return new Property(f, Kind.ANY_ATTRIBUTE, null, false, null, null);
        if (f.isAnnotationPresent(XmlValue.class)) return new Property(f, Kind.VALUE, null, false, adapter, null);
        // element references, and "any" elements that are JAXB objects (a DOM element is refused when met)
        if (f.isAnnotationPresent(XmlElementRef.class) || f.isAnnotationPresent(XmlElementRefs.class)
                || f.isAnnotationPresent(XmlAnyElement.class)) {
            return new Property(f, Kind.REF, null, mixed, adapter, null);
        }
        XmlElements choice = f.getAnnotation(XmlElements.class);
        if (choice != null) {
            Map<Class<?>, QName> names = new LinkedHashMap<>();
            for (XmlElement e : choice.value()) names.put(e.type(), elementName(owner, f, e));
            return new Property(f, Kind.CHOICE, null, mixed, adapter, names);
        }
        return new Property(f, Kind.ELEMENT, elementName(owner, f, f.getAnnotation(XmlElement.class)), mixed, adapter, null);
    }

    private static QName elementName(Class<?> owner, Field f, XmlElement e) {
        String local = e == null || e.name().equals(DEFAULT) ? f.getName() : e.name();
        String ns = e == null || e.namespace().equals(DEFAULT) ? (elementsQualified(owner) ? namespace(owner) : "") : e.namespace();
        return new QName(ns, local);
    }

    private static QName rootName(Class<?> c) {
        XmlRootElement re = c.getAnnotation(XmlRootElement.class);
        if (re == null) throw new IllegalStateException(c.getName() + " is referenced as an element but is no root element");
        String local = re.name().equals(DEFAULT) ? Character.toLowerCase(c.getSimpleName().charAt(0)) + c.getSimpleName().substring(1)
                : re.name();
        return new QName(re.namespace().equals(DEFAULT) ? namespace(c) : re.namespace(), local);
    }

    private static String namespace(Class<?> c) {
        XmlSchema s = c.getPackage().getAnnotation(XmlSchema.class);
        return s == null ? "" : s.namespace();
    }

    private static boolean elementsQualified(Class<?> c) {
        XmlSchema s = c.getPackage().getAnnotation(XmlSchema.class);
        return s != null && s.elementFormDefault() == XmlNsForm.QUALIFIED;
    }

    private static boolean attributesQualified(Class<?> c) {
        XmlSchema s = c.getPackage().getAnnotation(XmlSchema.class);
        return s != null && s.attributeFormDefault() == XmlNsForm.QUALIFIED;
    }

    // ---- values ---------------------------------------------------------------------------------

    private static boolean isSimple(Object v) {
        return v instanceof String || v instanceof Number || v instanceof Boolean || v instanceof Enum<?>;
    }

    private static String simple(Object v) {
        if (v instanceof Enum<?> e) {
            try {
                XmlEnumValue ev = e.getDeclaringClass().getField(e.name()).getAnnotation(XmlEnumValue.class);
                return ev == null ? e.name() : ev.value();
            } catch (NoSuchFieldException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        if (isSimple(v)) return v.toString();
        throw new IllegalStateException("not a simple value: " + v.getClass().getName());
    }

}
