"""Loading and validating the curriculum, question bank and other content files.

Everything here turns YAML into immutable domain objects, and every problem it finds is
reported with the file, the line and the field, so a broken file never ends in a traceback.
"""
