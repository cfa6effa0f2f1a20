"""The 'spawn' start method: a fresh child interpreter that rebuilds what it needs.

The parent pickles the preparation data (path, working directory, main script) and the Process
object; the child sets itself up, runs the main script as __mp_main__ (so that what the Process
refers to by name can be found), unpickles the Process and runs it. A main script that starts
processes without the `if __name__ == '__main__':` guard would start them again in each child:
that is the RuntimeError of _check_not_importing_main.
"""

import os
import sys
import types

import _multiprocessing

from . import context
from . import process

__all__ = ['_main', 'get_preparation_data', 'prepare']

old_main_modules = []


def _check_not_importing_main():
    if getattr(process.current_process(), '_inheriting', False):
        raise RuntimeError('''
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.

        To fix this issue, refer to the "Safe importing of main module"
        section in https://docs.python.org/3/library/multiprocessing.html
        ''')


def get_preparation_data(name):
    """What the child needs to know of the parent before it can unpickle the Process."""
    _check_not_importing_main()
    d = dict(name=name, sys_path=sys.path.copy(), sys_argv=sys.argv, dir=os.getcwd(),
             authkey=bytes(process.current_process().authkey))
    main_module = sys.modules['__main__']
    main_path = getattr(main_module, '__file__', None)
    if main_path is not None:
        d['init_main_from_path'] = os.path.normpath(os.path.join(os.getcwd(), main_path))
    return d


def start(process_obj):
    """Starts process_obj in a spawned child; the Popen the Process keeps."""
    import pickle
    prep = get_preparation_data(process_obj._name)
    context.set_spawning_popen(True)
    try:
        payload = pickle.dumps((pickle.dumps(prep), pickle.dumps(process_obj)))
    finally:
        context.set_spawning_popen(None)
    return context.Popen(_multiprocessing.spawn('multiprocessing.spawn', '_main', payload, process_obj.name))


def _main(payload):
    """The spawned child's main program: prepare, unpickle the Process, run it; its exit code."""
    import pickle
    prep_data, process_data = pickle.loads(payload)
    parent = process.current_process()
    parent._inheriting = True
    try:
        prepare(pickle.loads(prep_data))
        process_obj = pickle.loads(process_data)
    finally:
        del parent._inheriting
    return process_obj._bootstrap()


def prepare(data):
    """Sets the child up as the parent described it."""
    if 'name' in data:
        process.current_process().name = data['name']
    if 'authkey' in data:
        process.current_process().authkey = data['authkey']
    if 'sys_path' in data:
        sys.path = data['sys_path']
    if 'sys_argv' in data:
        sys.argv = data['sys_argv']
    if 'dir' in data:
        os.chdir(data['dir'])
    if 'init_main_from_path' in data:
        _fixup_main_from_path(data['init_main_from_path'])


def _fixup_main_from_path(main_path):
    """Runs the parent's main script as __mp_main__ and makes it the child's __main__ too."""
    current_main = sys.modules.get('__main__')
    if getattr(current_main, '__file__', None) == main_path:
        return
    if current_main is not None:
        old_main_modules.append(current_main)
    main_module = types.ModuleType("__mp_main__")
    main_module.__file__ = main_path
    main_module.__builtins__ = __builtins__
    sys.modules['__main__'] = sys.modules['__mp_main__'] = main_module
    with open(main_path, encoding='utf-8') as f:
        source = f.read()
    exec(compile(source, main_path, 'exec'), main_module.__dict__)
