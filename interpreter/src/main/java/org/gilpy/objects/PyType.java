package org.gilpy.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A Python class: builtin types (declared by their Java class with {@link #builtin}) and classes
 * made by the {@code class} statement ({@link #newHeapType}). A builtin type's methods are
 * declared next to the type, in a definer that runs the first time the type's dict is needed, so
 * start-up pays only for the types a program touches.
 */
public class PyType extends PyObject {
    /**
     * One lock for all definers: a definer readies the types of the values it defines, so with a
     * lock per type two threads filling two types could each wait for the other's. Declared
     * first: types may be readied while this class initializes.
     */
    private static final Object DEFINERS = new Object();
    /*
     * object and type are made here, first, before any other class can ask for them: every other
     * builtin type names object as its base while its own class is initializing, and a cycle
     * through PyBaseObject or PyDict would otherwise see a half-built object type.
     */
    public static final PyType OBJECT = new PyType("object", null, PyBaseObject::define);
    public static final PyType TYPE = new PyType("type", OBJECT, PyTypeMethods::define);

    /** {@code __name__}; writable for classes made by the class statement, as in CPython. */
    public String name;
    /** A heap type's {@code __qualname__} (CPython keeps it out of the class dict). */
    private String qualname;
    private PyType metatype;
    private PyType[] bases;
    private PyType[] mro;
    /** Created on first use for builtin types (so making a type never initializes PyDict). */
    private PyDict dict;
    /** Non-null until the builtin type's dict has been filled (guarded by {@link #DEFINERS}). */
    private Consumer<PyType> definer;
    /**
     * Set once the dict is complete. Builtin types are shared by every interpreter of the JVM
     * (child processes run in parallel), so a reader on another thread must wait for the definer
     * to finish rather than see a half-filled dict; volatile so the filled dict is visible.
     */
    private volatile boolean filled;
    /** The definer is running (on the thread holding {@link #DEFINERS}): its own lookups go ahead. */
    private boolean defining;
    public final boolean isHeapType;
    /** Subclassable from Python ({@code class X(int)} is allowed). */
    public boolean isBaseType = true;
    /** Instances get {@code __get__} semantics on class attribute lookup. */
    public boolean isDescriptor;
    /** A data descriptor: defines {@code __set__} or {@code __delete__}. */
    public boolean isDataDescriptor;
    /** The builtin type whose instances' Java layout this type's instances share. */
    private PyType solidBase;
    /** Bumped whenever this type's dict changes: heap-type slot caches key on it. */
    /**
     * The tag of this type's lookup caches: bumped when its dict or bases change, or those of a
     * class it inherits from (CPython's tp_version_tag, invalidated along __subclasses__).
     */
    private int version;

    private PyType(String name, PyType base, Consumer<PyType> definer) {
        this.name = name;
        this.metatype = null; // TYPE, resolved lazily: TYPE itself is being built here
        this.bases = base == null ? new PyType[0] : new PyType[] {base};
        this.definer = definer;
        this.isHeapType = false;
        this.solidBase = this;
        List<PyType> m = new ArrayList<>();
        for (PyType t = this; t != null; t = t.bases.length == 0 ? null : t.bases[0]) {
            m.add(t);
        }
        this.mro = m.toArray(new PyType[0]);
    }

    protected PyType(PyType metatype, String name, PyType[] bases, PyDict ns) {
        this.name = name;
        this.metatype = metatype;
        this.bases = bases;
        this.isHeapType = true;
        this.dict = new PyDict();
        this.dict.update(ns);
        PyObject q = this.dict.delItem(Names.__qualname__);
        this.qualname = q instanceof PyStr s ? s.value : name;
        this.mro = Mro.compute(this, bases);
        this.solidBase = Mro.solidBase(name, bases);
        refreshDescriptorFlags();
    }

    /**
     * A class's copy for a forked child: the copies of its metaclass and bases, then its
     * namespace copied into the fresh type (which is remembered first: its namespace may refer
     * to it). Builtin types are shared by every interpreter.
     */
    @Override
    public PyObject forkCopy(ForkCopier c) {
        if (!isHeapType) {
            return this;
        }
        PyType meta = metatype == null ? null : (PyType) c.copy(metatype);
        PyType[] newBases = new PyType[bases.length];
        for (int i = 0; i < bases.length; i++) {
            newBases[i] = (PyType) c.copy(bases[i]);
        }
        PyObject cycle = c.copied(this);
        if (cycle != null) {
            return cycle;
        }
        PyType copy = c.remember(this, new PyType(meta, name, newBases, new PyDict()));
        copy.qualname = qualname;
        copy.isBaseType = isBaseType;
        c.copyItems(dict, copy.dict);
        copy.refreshDescriptorFlags();
        for (PyType b : newBases) {
            if (b.isHeapType) {
                b.addSubclass(copy);
            }
        }
        return copy;
    }

    /** Declares a builtin type; {@code definer} fills its dict on first use. */
    public static PyType builtin(String name, PyType base, Consumer<PyType> definer) {
        if (base == null) {
            throw new IllegalStateException("builtin type " + name + " made before its base type (class init order)");
        }
        PyType t = new PyType(name, base, definer);
        base.addSubclass(t);
        return t;
    }

    /** A builtin type with several bases (ExceptionGroup): its MRO is their C3 merge, its layout the first's. */
    public static PyType builtin(String name, PyType[] bases, Consumer<PyType> definer) {
        PyType t = builtin(name, bases[0], definer);
        for (int i = 1; i < bases.length; i++) {
            bases[i].addSubclass(t);
        }
        t.bases = bases.clone();
        t.mro = Mro.compute(t, t.bases);
        return t;
    }

    /** A class made by the {@code class} statement or {@code type(name, bases, ns)}. */
    public static PyType newHeapType(PyType metatype, String name, PyType[] bases, PyDict ns) {
        return new PyType(metatype, name, bases, ns);
    }

    @Override
    public PyType type() {
        return metatype == null ? TYPE : metatype;
    }

    @Override
    public PyDict getDict() {
        ready();
        return dict;
    }

    /**
     * Creates the dict and runs the builtin definer, once. The definer stays set until the dict is
     * full: interpreters of other processes (threads of the JVM) may need the type at the same time.
     */
    private void ready() {
        if (filled) {
            return;
        }
        synchronized (DEFINERS) {
            if (filled || defining) {
                return;
            }
            if (dict == null) {
                dict = new PyDict();
            }
            defining = true;
            try {
                if (definer != null) {
                    definer.accept(this);
                    definer = null;
                }
            } finally {
                defining = false;
            }
            filled = true;
        }
    }

    public PyType[] mro() {
        return mro;
    }

    public PyType[] bases() {
        return bases;
    }

    public PyType base() {
        return bases.length == 0 ? null : bases[0];
    }

    /**
     * Declares that this builtin type's instances are laid out as its base's (CPython: it adds no
     * fields), so a class may inherit from it together with a sibling (OSError and ValueError).
     */
    PyType sharesLayoutWithBase() {
        this.solidBase = bases[0].solidBase;
        return this;
    }

    public PyType solidBase() {
        return solidBase;
    }

    /** The tag of this type's lookups: unchanged as long as what its MRO gives for any name is. */
    public int version() {
        return version;
    }

    /**
     * What this type finds along its MRO may have changed: its caches are stale, and so are
     * those of every class that inherits from it (builtin types change only while being defined).
     */
    private void modified() {
        version++;
        if (!isHeapType) {
            return;
        }
        List<java.lang.ref.WeakReference<PyType>> subs;
        synchronized (this) {
            subs = subclasses == null ? List.of() : new ArrayList<>(subclasses);
        }
        for (java.lang.ref.WeakReference<PyType> r : subs) {
            PyType sub = r.get();
            if (sub != null) {
                sub.modified();
            }
        }
    }

    /** Marks a cached miss (a bare object: making a real type here would re-enter class init). */
    private static final PyObject ABSENT = new PyObject() {
        @Override
        public PyType type() {
            return OBJECT;
        }
    };
    /**
     * The MRO lookups of a heap type, valid while {@link #version} has not moved (CPython's type
     * attribute cache). Heap types belong to one interpreter, whose GIL serializes access.
     */
    private java.util.HashMap<PyStr, PyObject> lookupCache;
    private int lookupCacheVersion;

    /** The attribute {@code name} found along the MRO, without descriptor binding, or null. */
    public PyObject lookup(PyStr name) {
        if (isHeapType) {
            java.util.HashMap<PyStr, PyObject> cache = lookupCache;
            if (cache == null || lookupCacheVersion != version) {
                cache = new java.util.HashMap<>();
                lookupCache = cache;
                lookupCacheVersion = version;
            }
            PyObject v = cache.get(name);
            if (v == null) {
                v = lookupUncached(name);
                cache.put(name, v == null ? ABSENT : v);
                return v;
            }
            return v == ABSENT ? null : v;
        }
        return lookupUncached(name);
    }

    private PyObject lookupUncached(PyStr name) {
        for (PyType t : mro) {
            t.ready();
            PyObject v = t.dict.getItem(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** Puts a value into this type's dict (declarations and {@code setattr(cls, ...)}). */
    public void setAttr(PyStr name, PyObject value) {
        ready();
        if (value == null) {
            if (dict.delItem(name) == null) {
                throw PyExc.attributeError("type object '%s' has no attribute '%s'", this.name, name.value);
            }
        } else {
            dict.setItem(name, value);
        }
        modified();
        if (name.value.startsWith("__")) {
            refreshDescriptorFlags();
        }
    }

    private void refreshDescriptorFlags() {
        if (isHeapType) {
            isDescriptor = lookup(Names.__get__) != null;
            isDataDescriptor = lookup(Names.__set__) != null || lookup(Names.__delete__) != null;
        }
    }

    // ---- declaration helpers used by the builtin types' definers ----

    public PyType def(String name, PyObject value) {
        dict.setItem(PyStr.intern(name), value);
        return this;
    }

    public PyType method(String name, Builtin.M0 f) {
        return def(name, new PyMethodDescr(this, name, Builtin.of(name, f)));
    }

    public PyType method(String name, Builtin.M1 f) {
        return def(name, new PyMethodDescr(this, name, Builtin.of(name, f)));
    }

    public PyType method(String name, Builtin.M2 f) {
        return def(name, new PyMethodDescr(this, name, Builtin.of(name, f)));
    }

    public PyType method(String name, Builtin.M3 f) {
        return def(name, new PyMethodDescr(this, name, Builtin.of(name, f)));
    }

    /** A method with optional or keyword parameters; the impl parses its own arguments. */
    public PyType methodVar(String name, Builtin.Impl f) {
        return def(name, new PyMethodDescr(this, name, f));
    }

    /** A read-only attribute computed from the instance. */
    public PyType getter(String name, Builtin.M0 f) {
        return def(name, new PyGetSetDescr(this, name, f, null));
    }

    public PyType getset(String name, Builtin.M0 get, PyGetSetDescr.Setter set) {
        return def(name, new PyGetSetDescr(this, name, get, set));
    }

    /**
     * {@code __get__} (and for a data descriptor {@code __set__} and {@code __delete__}) as
     * Python-visible methods over the Java descrGet/descrSet of this type's instances.
     */
    public PyType descriptorMethods(boolean data) {
        methodVar("__get__", (self, args, kw) -> {
            Builtin.noKeywords(Builtin.qualName("__get__", self), kw);
            Builtin.range("__get__", args, 1, 2);
            PyObject obj = args[0] == PyNone.NONE ? null : args[0];
            PyObject owner = args.length > 1 && args[1] != PyNone.NONE ? args[1] : null;
            if (obj == null && owner == null) {
                throw PyExc.typeError("__get__(None, None) is invalid");
            }
            return self.descrGet(obj, owner instanceof PyType t ? t : obj.type());
        });
        if (data) {
            method("__set__", (self, obj, value) -> {
                self.descrSet(obj, value);
                return PyNone.NONE;
            });
            method("__delete__", (self, obj) -> {
                self.descrSet(obj, null);
                return PyNone.NONE;
            });
        }
        return this;
    }

    /** {@code __new__}: called as {@code cls.__new__(cls, *args)}; bound, as CPython's is, to the type declaring it. */
    public PyType constructor(Builtin.Impl f) {
        return def("__new__", new PyBuiltinFunction("__new__", f, this));
    }

    /** A class method declared in Java ({@code dict.fromkeys}); f's self is the class. */
    public PyType classMethod(String name, Builtin.Impl f) {
        Builtin.Impl withCls = (unused, args, kw) -> f.call(args[0], java.util.Arrays.copyOfRange(args, 1, args.length), kw);
        return def(name, new PyClassMethod(new PyBuiltinFunction(name, withCls, this)));
    }

    /**
     * A static method declared in Java ({@code str.maketrans}); its function knows the type, as
     * CPython's does, which gives its qualified name and docstring.
     */
    public PyType staticMethod(String name, Builtin.Impl f) {
        return def(name, new PyStaticMethod(PyBuiltinFunction.staticMethod(this, name, f)));
    }

    // ---- calling a type creates an instance ----

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (this == TYPE && args.length == 1 && kwnames == null) {
            return args[0].type();
        }
        PyType meta = type();
        if (meta != TYPE) {
            PyObject metaCall = meta.lookup(Names.__call__);
            if (metaCall != PyTypeMethods.TYPE_CALL) {
                return Abstract.callPrepended(metaCall, this, args, kwnames);
            }
        }
        return construct(args, kwnames);
    }

    /** type.__call__: {@code __new__} then, for an instance of this type, {@code __init__}. */
    public PyObject construct(PyObject[] args, String[] kwnames) {
        // __new__ is a static method: fetched like an attribute of the class, then called with the class
        PyObject newFn = lookup(Names.__new__);
        PyObject newCallable = newFn.type().isDescriptor ? newFn.descrGet(null, this) : newFn;
        PyObject[] withCls = new PyObject[args.length + 1];
        withCls[0] = this;
        System.arraycopy(args, 0, withCls, 1, args.length);
        PyObject obj = newCallable.call(withCls, kwnames);
        if (obj.type().isSubtypeOf(this)) {
            PyObject init = obj.type().lookup(Names.__init__);
            if (init != PyBaseObject.OBJECT_INIT) {
                PyObject r = Abstract.callPrepended(init, obj, args, kwnames);
                if (r != PyNone.NONE) {
                    throw PyExc.typeError("__init__() should return None, not '%s'", r.type().name);
                }
            } else if (newFn == PyBaseObject.OBJECT_NEW) {
                // object() with arguments and neither __new__ nor __init__ overridden
                PyBaseObject.checkNoArgs(this, args, "__init__");
            }
        }
        return obj;
    }

    public String qualname() {
        return isHeapType ? qualname : name;
    }

    void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public String module() {
        if (isHeapType) {
            PyObject m = dict.getItem(Names.__module__);
            return m instanceof PyStr s ? s.value : "builtins";
        }
        ready();
        PyObject m = dict.getItem(Names.__module__);
        return m instanceof PyStr s ? s.value : "builtins";
    }

    private int getattrCacheVersion = -1;
    private boolean customGetattr;

    /**
     * Whether attribute lookup on instances is not plain {@code object.__getattribute__} (a class
     * defining {@code __getattribute__} or {@code __getattr__}); cached until the class or a base changes.
     */
    public boolean hasCustomGetattr() {
        if (!isHeapType) {
            return false;
        }
        if (getattrCacheVersion != version) {
            PyObject ga = lookup(Names.__getattribute__);
            customGetattr = ga != PyBaseObject.GETATTRIBUTE || lookup(Names.__getattr__) != null;
            getattrCacheVersion = version;
        }
        return customGetattr;
    }

    /** Whether setting an attribute on instances goes through a {@code __setattr__} other than object's. */
    public boolean hasCustomSetattr() {
        PyObject sa = lookup(Names.__setattr__);
        return sa != null && !(sa instanceof PyMethodDescr md && md.owner == PyBaseObject.TYPE);
    }

    /** Whether instances get a {@code __dict__} (not when every class defines {@code __slots__}). */
    public boolean hasInstanceDict() {
        int state = instanceDictState;
        if (state < 0) {
            state = 0;
            if (isHeapType) {
                for (PyType t : mro) {
                    if (t.isHeapType && PySlotDescr.slotsIncludeDict(t.getDict())) {
                        state = 1;
                        break;
                    }
                }
            }
            instanceDictState = state;
        }
        return state == 1;
    }

    /** -1 unknown, 0 no instance __dict__, 1 instances have one. */
    private int instanceDictState = -1;

    /** type.__getattribute__: metatype data descriptors, then the MRO, then the metatype. */
    @Override
    public PyObject getAttribute(PyStr name) {
        PyType meta = type();
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr != null && metaAttr.type().isDataDescriptor) {
            return metaAttr.descrGet(this, meta);
        }
        PyObject attr = lookup(name);
        if (attr != null) {
            return attr.type().isDescriptor ? attr.descrGet(null, this) : attr;
        }
        if (metaAttr != null) {
            return metaAttr.type().isDescriptor ? metaAttr.descrGet(this, meta) : metaAttr;
        }
        return null;
    }

    @Override
    public void setAttribute(PyStr name, PyObject value) {
        PyObject metaAttr = type().lookup(name);
        if (metaAttr != null && metaAttr.type().isDataDescriptor) {
            metaAttr.descrSet(this, value);
            return;
        }
        if (!isHeapType) {
            throw PyExc.typeError("cannot set '%s' attribute of immutable type '%s'", name.value, this.name);
        }
        setAttr(name, value);
    }

    private java.util.List<java.lang.ref.WeakReference<PyType>> subclasses;

    synchronized void addSubclass(PyType sub) {
        if (subclasses == null) {
            subclasses = new ArrayList<>();
        }
        subclasses.add(new java.lang.ref.WeakReference<>(sub));
    }

    synchronized List<PyObject> subclasses() {
        List<PyObject> out = new ArrayList<>();
        if (subclasses != null) {
            for (java.lang.ref.WeakReference<PyType> r : subclasses) {
                PyType s = r.get();
                if (s != null) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    void setBases(PyType[] newBases) {
        this.instanceDictState = -1;
        this.bases = newBases;
        this.mro = Mro.compute(this, newBases);
        for (PyType b : newBases) {
            if (b.isHeapType && !b.subclasses().contains(this)) {
                b.addSubclass(this);
            }
        }
        modified();
    }

    void setMetatype(PyType meta) {
        this.metatype = meta;
    }
}
