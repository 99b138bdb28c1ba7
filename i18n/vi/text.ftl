# Tên (của đơn vị, tiêu chí, xếp loại) mà bảng tính sẽ hiểu sai.
text-name-formula-start = bắt đầu bằng { $character }: bảng tính sẽ coi là công thức
text-name-control = chứa ký tự điều khiển { $code }
text-name-noncharacter = chứa { $code }, không phải ký tự Unicode
text-name-mixed-script = trộn chữ Latinh với chữ "{ $character }" ({ $code }, chữ Kirin hoặc Hy Lạp trông giống chữ Latinh)
text-name-rule = một tên bắt đầu bằng chữ hoặc số, không có ký tự điều khiển, chỉ dùng chữ Latinh tiếng Việt
