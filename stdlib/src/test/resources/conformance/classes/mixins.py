# mixin classes composed with multiple inheritance
import json
class JsonMixin:
    def to_json(self):
        return json.dumps(self.to_dict(), sort_keys=True)
class DictMixin:
    def to_dict(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}
class ComparableMixin:
    def _key(self):
        raise NotImplementedError
    def __lt__(self, o):
        return self._key() < o._key()
    def __eq__(self, o):
        return self._key() == o._key()
class ReprMixin:
    def __repr__(self):
        args = ", ".join(f"{k}={v!r}" for k, v in self.to_dict().items())
        return f"{type(self).__name__}({args})"
class Employee(ReprMixin, JsonMixin, DictMixin, ComparableMixin):
    def __init__(self, name, salary):
        self.name = name
        self.salary = salary
        self._secret = "hidden"
    def _key(self):
        return (self.salary, self.name)
staff = [Employee("zed", 50), Employee("amy", 70), Employee("bob", 50)]
print(staff)
print(sorted(staff))
print(staff[0].to_json(), staff[0].to_dict())
print(Employee("a", 1) == Employee("a", 1))
print([c.__name__ for c in Employee.__mro__])
try:
    class Broken(ComparableMixin):
        pass
    Broken() < Broken()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
