; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'second_order.mass_conserved[0]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!429 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x61 (/ 1.0 ?x57)))
 (let ((?x108 (- ?x61)))
 (let ((?x110 (+ 1.0 ?x108)))
 (let ((?x111 (* 0.0 ?x110)))
 (let ((?x133 (+ ?x108 ?x111)))
 (let ((?x109 (* 0.0 ?x108)))
 (let ((?x134 (+ ?x109 ?x133)))
 (let ((?x131 (/ ?x36 exp!4)))
 (let ((?x135 (* ?x131 ?x134)))
 (let ((?x136 (* ?x134 ?x135)))
 (let ((?x63 (/ 1.0 (* ?x57 ?x57))))
 (let ((?x64 (- ?x63)))
 (let ((?x65 (+ ?x61 ?x64)))
 (let ((?x66 (- ?x65)))
 (let ((?x67 (* 0.0 ?x66)))
 (let ((?x117 (+ ?x66 ?x67)))
 (let ((?x118 (+ ?x67 ?x117)))
 (let ((?x132 (* ?x118 ?x131)))
 (let ((?x137 (+ ?x132 ?x136)))
 (let ((?x124 (+ ?x109 ?x110)))
 (let ((?x125 (+ ?x109 ?x124)))
 (let ((?x122 (/ 1.0 exp!4)))
 (let ((?x126 (* ?x122 ?x125)))
 (let ((?x127 (* ?x125 ?x126)))
 (let ((?x123 (* ?x118 ?x122)))
 (let ((?x128 (+ ?x123 ?x127)))
 (let ((?x138 (+ ?x128 ?x137)))
 (let ((?x112 (+ ?x109 ?x111)))
 (let ((?x113 (+ ?x108 ?x112)))
 (let ((?x106 (/ ?x56 exp!4)))
 (let ((?x114 (* ?x106 ?x113)))
 (let ((?x115 (* ?x113 ?x114)))
 (let ((?x68 (+ ?x67 ?x67)))
 (let ((?x69 (+ ?x66 ?x68)))
 (let ((?x107 (* ?x69 ?x106)))
 (let ((?x116 (+ ?x107 ?x115)))
 (let ((?x139 (+ ?x116 ?x138)))
 (or (and (distinct 0.0 ?x139) true))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!429 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!429) (< exp!1 exp!4)))
(assert
 (= (< log!429 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!429) (< exp!2 exp!4)))
(assert
 (= (< log!429 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!429) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!429 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!429)))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
(let ((?x37 (+ 1.0 ?x36)))
(let ((?x56 (/ (* 1.0 exp!3) exp!2)))
(let ((?x57 (+ ?x56 ?x37)))
(=> (> ?x57 0.0) (= exp!4 ?x57)))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!429 () Real)
(declare-fun log!654 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (< 0.0 ?x591)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let ((?x480 (/ ?x590 ?x591)))
 (let ((?x303 (- ?x480)))
 (let ((?x314 (+ 1.0 ?x303)))
 (let ((?x311 (* 0.0 ?x314)))
 (let ((?x390 (+ ?x303 ?x311)))
 (let ((?x313 (* 0.0 ?x303)))
 (let ((?x392 (+ ?x313 ?x390)))
 (let ((?x214 (/ ?x144 exp!5)))
 (let ((?x168 (* ?x214 ?x392)))
 (let ((?x169 (* ?x392 ?x168)))
 (let ((?x585 (/ 1.0 (* ?x591 ?x591))))
 (let ((?x438 (- ?x590)))
 (let ((?x462 (* ?x590 ?x438)))
 (let ((?x586 (* ?x462 ?x585)))
 (let ((?x472 (+ ?x480 ?x586)))
 (let ((?x582 (- ?x472)))
 (let ((?x583 (* 0.0 ?x582)))
 (let ((?x342 (+ ?x582 ?x583)))
 (let ((?x343 (+ ?x583 ?x342)))
 (let ((?x385 (* ?x343 ?x214)))
 (let ((?x170 (+ ?x385 ?x169)))
 (let ((?x217 (+ ?x313 ?x314)))
 (let ((?x384 (+ ?x313 ?x217)))
 (let ((?x341 (/ ?x590 exp!5)))
 (let ((?x395 (* ?x341 ?x384)))
 (let ((?x348 (* ?x384 ?x395)))
 (let ((?x207 (* ?x343 ?x341)))
 (let ((?x389 (+ ?x207 ?x348)))
 (let ((?x171 (+ ?x389 ?x170)))
 (let ((?x312 (+ ?x313 ?x311)))
 (let ((?x179 (+ ?x303 ?x312)))
 (let ((?x206 (/ 1.0 exp!5)))
 (let ((?x176 (* ?x206 ?x179)))
 (let ((?x404 (* ?x179 ?x176)))
 (let ((?x464 (+ ?x583 ?x583)))
 (let ((?x577 (+ ?x582 ?x464)))
 (let ((?x302 (* ?x577 ?x206)))
 (let ((?x405 (+ ?x302 ?x404)))
 (let ((?x288 (+ ?x405 ?x171)))
 (or (and (distinct 0.0 ?x288) true)))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!429 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!429) (< exp!1 exp!4)))
(assert
 (= (< log!429 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!429) (< exp!2 exp!4)))
(assert
 (= (< log!429 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!429) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!429 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!429)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!654 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!654) (< exp!1 exp!5)))
(assert
 (= (< log!654 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!654) (< exp!2 exp!5)))
(assert
 (= (< log!654 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!654) (< exp!3 exp!5)))
(assert
 (= (< log!654 log!429) (< exp!5 exp!4)))
(assert
 (= (< log!429 log!654) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!654 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!654)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x144 (/ ?x9 exp!3)))
(let ((?x590 (/ (* 1.0 exp!2) exp!3)))
(let ((?x578 (+ ?x590 ?x144)))
(let ((?x591 (+ 1.0 ?x578)))
(=> (> ?x591 0.0) (= exp!5 ?x591))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!429 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!654 () Real)
(declare-fun log!879 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x567 (/ ?x421 exp!1)))
 (let ((?x663 (+ 1.0 ?x567)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x881 (/ ?x55 exp!1)))
 (let ((?x360 (+ ?x881 ?x663)))
 (let (($x155 (= 0.0 ?x360)))
 (not $x155)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x567 (/ ?x421 exp!1)))
 (let ((?x663 (+ 1.0 ?x567)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x881 (/ ?x55 exp!1)))
 (let ((?x360 (+ ?x881 ?x663)))
 (let (($x155 (= 0.0 ?x360)))
 (not $x155)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x567 (/ ?x421 exp!1)))
 (let ((?x663 (+ 1.0 ?x567)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x881 (/ ?x55 exp!1)))
 (let ((?x360 (+ ?x881 ?x663)))
 (< 0.0 ?x360))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x567 (/ ?x421 exp!1)))
 (let ((?x663 (+ 1.0 ?x567)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x881 (/ ?x55 exp!1)))
 (let ((?x360 (+ ?x881 ?x663)))
 (let (($x155 (= 0.0 ?x360)))
 (not $x155)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x567 (/ ?x421 exp!1)))
 (let ((?x663 (+ 1.0 ?x567)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x881 (/ ?x55 exp!1)))
 (let ((?x360 (+ ?x881 ?x663)))
 (let (($x155 (= 0.0 ?x360)))
 (not $x155)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x567 (/ ?x421 exp!1)))
 (let ((?x663 (+ 1.0 ?x567)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x881 (/ ?x55 exp!1)))
 (let ((?x360 (+ ?x881 ?x663)))
 (let (($x155 (= 0.0 ?x360)))
 (not $x155)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x567 (/ ?x421 exp!1)))
 (let ((?x663 (+ 1.0 ?x567)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x881 (/ ?x55 exp!1)))
 (let ((?x360 (+ ?x881 ?x663)))
 (let ((?x659 (/ ?x567 ?x360)))
 (let ((?x546 (- ?x659)))
 (let ((?x347 (+ 1.0 ?x546)))
 (let ((?x383 (* 0.0 ?x347)))
 (let ((?x479 (+ ?x546 ?x383)))
 (let ((?x604 (* 0.0 ?x546)))
 (let ((?x481 (+ ?x604 ?x479)))
 (let ((?x468 (/ 1.0 exp!6)))
 (let ((?x491 (* ?x468 ?x481)))
 (let ((?x211 (* ?x481 ?x491)))
 (let ((?x640 (/ 1.0 (* ?x360 ?x360))))
 (let ((?x521 (- ?x567)))
 (let ((?x609 (* ?x567 ?x521)))
 (let ((?x644 (* ?x609 ?x640)))
 (let ((?x243 (+ ?x659 ?x644)))
 (let ((?x890 (- ?x243)))
 (let ((?x290 (* 0.0 ?x890)))
 (let ((?x467 (+ ?x890 ?x290)))
 (let ((?x895 (+ ?x290 ?x467)))
 (let ((?x325 (* ?x895 ?x468)))
 (let ((?x882 (+ ?x325 ?x211)))
 (let ((?x415 (+ ?x604 ?x347)))
 (let ((?x255 (+ ?x604 ?x415)))
 (let ((?x324 (/ ?x567 exp!6)))
 (let ((?x215 (* ?x324 ?x255)))
 (let ((?x427 (* ?x255 ?x215)))
 (let ((?x273 (* ?x895 ?x324)))
 (let ((?x245 (+ ?x273 ?x427)))
 (let ((?x675 (+ ?x245 ?x882)))
 (let ((?x527 (+ ?x604 ?x383)))
 (let ((?x900 (+ ?x546 ?x527)))
 (let ((?x147 (/ ?x881 exp!6)))
 (let ((?x230 (* ?x147 ?x900)))
 (let ((?x620 (* ?x900 ?x230)))
 (let ((?x297 (+ ?x290 ?x290)))
 (let ((?x213 (+ ?x890 ?x297)))
 (let ((?x291 (* ?x213 ?x147)))
 (let ((?x209 (+ ?x291 ?x620)))
 (let ((?x484 (+ ?x209 ?x675)))
 (or (and (distinct 0.0 ?x484) true))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!429 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!429) (< exp!1 exp!4)))
(assert
 (= (< log!429 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!429) (< exp!2 exp!4)))
(assert
 (= (< log!429 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!429) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!429 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!429)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!654 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!654) (< exp!1 exp!5)))
(assert
 (= (< log!654 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!654) (< exp!2 exp!5)))
(assert
 (= (< log!654 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!654) (< exp!3 exp!5)))
(assert
 (= (< log!654 log!429) (< exp!5 exp!4)))
(assert
 (= (< log!429 log!654) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!654 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!654)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (=> (> ?x591 0.0) (= exp!5 ?x591)))))))))
(assert
 (= (< log!879 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!879) (< exp!1 exp!6)))
(assert
 (= (< log!879 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!879) (< exp!2 exp!6)))
(assert
 (= (< log!879 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!879) (< exp!3 exp!6)))
(assert
 (= (< log!879 log!429) (< exp!6 exp!4)))
(assert
 (= (< log!429 log!879) (< exp!4 exp!6)))
(assert
 (= (< log!879 log!654) (< exp!6 exp!5)))
(assert
 (= (< log!654 log!879) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!879 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!879)))
(assert
 (let ((?x421 (* 1.0 exp!2)))
(let ((?x567 (/ ?x421 exp!1)))
(let ((?x663 (+ 1.0 ?x567)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x881 (/ ?x55 exp!1)))
(let ((?x360 (+ ?x881 ?x663)))
(=> (> ?x360 0.0) (= exp!6 ?x360)))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!429 () Real)
(declare-fun log!654 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!879 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (< 0.0 ?x591))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let ((?x480 (/ ?x590 ?x591)))
 (let ((?x303 (- ?x480)))
 (let ((?x314 (+ 1.0 ?x303)))
 (let ((?x311 (* 0.0 ?x314)))
 (let ((?x390 (+ ?x303 ?x311)))
 (let ((?x313 (* 0.0 ?x303)))
 (let ((?x392 (+ ?x313 ?x390)))
 (let ((?x214 (/ ?x144 exp!5)))
 (let ((?x168 (* ?x214 ?x392)))
 (let ((?x169 (* ?x392 ?x168)))
 (let ((?x585 (/ 1.0 (* ?x591 ?x591))))
 (let ((?x438 (- ?x590)))
 (let ((?x462 (* ?x590 ?x438)))
 (let ((?x586 (* ?x462 ?x585)))
 (let ((?x472 (+ ?x480 ?x586)))
 (let ((?x582 (- ?x472)))
 (let ((?x583 (* 0.0 ?x582)))
 (let ((?x342 (+ ?x582 ?x583)))
 (let ((?x343 (+ ?x583 ?x342)))
 (let ((?x385 (* ?x343 ?x214)))
 (let ((?x170 (+ ?x385 ?x169)))
 (let ((?x217 (+ ?x313 ?x314)))
 (let ((?x384 (+ ?x313 ?x217)))
 (let ((?x341 (/ ?x590 exp!5)))
 (let ((?x395 (* ?x341 ?x384)))
 (let ((?x348 (* ?x384 ?x395)))
 (let ((?x207 (* ?x343 ?x341)))
 (let ((?x389 (+ ?x207 ?x348)))
 (let ((?x171 (+ ?x389 ?x170)))
 (let ((?x312 (+ ?x313 ?x311)))
 (let ((?x179 (+ ?x303 ?x312)))
 (let ((?x206 (/ 1.0 exp!5)))
 (let ((?x176 (* ?x206 ?x179)))
 (let ((?x404 (* ?x179 ?x176)))
 (let ((?x464 (+ ?x583 ?x583)))
 (let ((?x577 (+ ?x582 ?x464)))
 (let ((?x302 (* ?x577 ?x206)))
 (let ((?x405 (+ ?x302 ?x404)))
 (let ((?x288 (+ ?x405 ?x171)))
 (or (and (distinct 0.0 ?x288) true))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!429 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!429) (< exp!1 exp!4)))
(assert
 (= (< log!429 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!429) (< exp!2 exp!4)))
(assert
 (= (< log!429 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!429) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!429 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!429)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!654 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!654) (< exp!1 exp!5)))
(assert
 (= (< log!654 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!654) (< exp!2 exp!5)))
(assert
 (= (< log!654 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!654) (< exp!3 exp!5)))
(assert
 (= (< log!654 log!429) (< exp!5 exp!4)))
(assert
 (= (< log!429 log!654) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!654 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!654)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (=> (> ?x591 0.0) (= exp!5 ?x591)))))))))
(assert
 (= (< log!879 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!879) (< exp!1 exp!6)))
(assert
 (= (< log!879 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!879) (< exp!2 exp!6)))
(assert
 (= (< log!879 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!879) (< exp!3 exp!6)))
(assert
 (= (< log!879 log!429) (< exp!6 exp!4)))
(assert
 (= (< log!429 log!879) (< exp!4 exp!6)))
(assert
 (= (< log!879 log!654) (< exp!6 exp!5)))
(assert
 (= (< log!654 log!879) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!879 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!879)))
(assert
 (let ((?x421 (* 1.0 exp!2)))
(let ((?x567 (/ ?x421 exp!1)))
(let ((?x663 (+ 1.0 ?x567)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x881 (/ ?x55 exp!1)))
(let ((?x360 (+ ?x881 ?x663)))
(=> (> ?x360 0.0) (= exp!6 ?x360)))))))))
(check-sat)
(pop 1)
