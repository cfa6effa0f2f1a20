"""How objects cross between processes: pickled copies (ForkingPickler is pickle with that purpose)."""

import pickle

__all__ = ['ForkingPickler', 'register', 'dump']

HAVE_SEND_HANDLE = False


class ForkingPickler(pickle.Pickler):
    """The pickler multiprocessing sends objects with (queues, pipes, pools, spawning)."""

    @classmethod
    def dumps(cls, obj, protocol=None):
        return pickle.dumps(obj, protocol)

    loads = staticmethod(pickle.loads)


def register(type_, reduce):
    import copyreg
    copyreg.pickle(type_, reduce)


def dump(obj, file, protocol=None):
    pickle.dump(obj, file, protocol)
