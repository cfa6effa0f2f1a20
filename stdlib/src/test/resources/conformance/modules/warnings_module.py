# warnings: capture, filters, categories (nothing printed to stdout by default)
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first warning")
    warnings.warn("deprecated thing", DeprecationWarning)
    warnings.warn("custom", RuntimeWarning)
print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
print(caught[0].filename.endswith("warnings_module.py"), isinstance(caught[0].lineno, int))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised as exception:", e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
print(len(caught))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip me")
    warnings.warn("keep me")
print([str(w.message) for w in caught])
class MyWarning(UserWarning):
    pass
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn(MyWarning("subclass instance"))
print(caught[0].category.__name__, issubclass(MyWarning, Warning))
print(warnings.formatwarning("msg", UserWarning, "file.py", 10).strip())
