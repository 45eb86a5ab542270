# command: python -m pdb -c continue snippets/pdb/chained.py
# pythons: 3.11 3.12 3.13
def load(config):
    try:
        return int(config["size"])
    except KeyError as error:
        raise ValueError("config has no size") from error


load({"name": "tiny"})
