# Tính điểm.
scoring-nothing-applicable = mọi tiêu chí của đơn vị "{ $unit }" đều được đánh dấu không áp dụng, nên điểm tối đa áp dụng là 0
