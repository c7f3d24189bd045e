; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'second_order.mass_conserved[8]', verdict proved
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
(declare-fun log!415 () Real)
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
 (< 0.0 ?x57))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x133 (/ ?x36 exp!4)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x97 (/ ?x56 ?x57)))
 (let ((?x110 (- ?x97)))
 (let ((?x112 (* 0.0 ?x110)))
 (let ((?x126 (+ ?x110 ?x112)))
 (let ((?x111 (+ 1.0 ?x110)))
 (let ((?x125 (* 0.0 ?x111)))
 (let ((?x127 (+ ?x125 ?x126)))
 (let ((?x135 (* ?x127 ?x133)))
 (let ((?x136 (* ?x127 ?x135)))
 (let ((?x100 (- ?x56)))
 (let ((?x101 (* ?x56 ?x100)))
 (let ((?x99 (/ 1.0 (* ?x57 ?x57))))
 (let ((?x102 (* ?x99 ?x101)))
 (let ((?x103 (+ ?x97 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x121 (+ ?x104 ?x105)))
 (let ((?x122 (+ ?x105 ?x121)))
 (let ((?x134 (* ?x122 ?x133)))
 (let ((?x137 (+ ?x134 ?x136)))
 (let ((?x123 (/ 1.0 exp!4)))
 (let ((?x128 (* ?x123 ?x127)))
 (let ((?x129 (* ?x127 ?x128)))
 (let ((?x124 (* ?x123 ?x122)))
 (let ((?x130 (+ ?x124 ?x129)))
 (let ((?x138 (+ ?x130 ?x137)))
 (let ((?x113 (+ ?x112 ?x112)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x108 (/ ?x56 exp!4)))
 (let ((?x115 (* ?x108 ?x114)))
 (let ((?x116 (* ?x114 ?x115)))
 (let ((?x106 (+ ?x105 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x109 (* ?x108 ?x107)))
 (let ((?x117 (+ ?x109 ?x116)))
 (let ((?x139 (+ ?x117 ?x138)))
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
 (= (< log!415 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!415) (< exp!1 exp!4)))
(assert
 (= (< log!415 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!415) (< exp!2 exp!4)))
(assert
 (= (< log!415 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!415) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!415 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!415)))
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
(declare-fun log!415 () Real)
(declare-fun log!639 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x596 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (< 0.0 ?x597)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x596 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x596 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x596 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x596 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x596 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x281 (/ ?x144 exp!5)))
 (let ((?x596 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let ((?x200 (/ 1.0 ?x597)))
 (let ((?x346 (- ?x200)))
 (let ((?x389 (* 0.0 ?x346)))
 (let ((?x171 (+ ?x346 ?x389)))
 (let ((?x388 (+ 1.0 ?x346)))
 (let ((?x170 (* 0.0 ?x388)))
 (let ((?x292 (+ ?x170 ?x171)))
 (let ((?x284 (* ?x292 ?x281)))
 (let ((?x287 (* ?x292 ?x284)))
 (let ((?x243 (/ 1.0 (* ?x597 ?x597))))
 (let ((?x306 (- ?x243)))
 (let ((?x307 (+ ?x200 ?x306)))
 (let ((?x317 (- ?x307)))
 (let ((?x318 (* 0.0 ?x317)))
 (let ((?x251 (+ ?x317 ?x318)))
 (let ((?x252 (+ ?x318 ?x251)))
 (let ((?x282 (* ?x252 ?x281)))
 (let ((?x288 (+ ?x282 ?x287)))
 (let ((?x168 (/ ?x596 exp!5)))
 (let ((?x293 (* ?x168 ?x292)))
 (let ((?x162 (* ?x292 ?x293)))
 (let ((?x169 (* ?x168 ?x252)))
 (let ((?x163 (+ ?x169 ?x162)))
 (let ((?x285 (+ ?x163 ?x288)))
 (let ((?x390 (+ ?x389 ?x389)))
 (let ((?x386 (+ ?x388 ?x390)))
 (let ((?x178 (/ 1.0 exp!5)))
 (let ((?x387 (* ?x178 ?x386)))
 (let ((?x209 (* ?x386 ?x387)))
 (let ((?x315 (+ ?x318 ?x318)))
 (let ((?x316 (+ ?x317 ?x315)))
 (let ((?x181 (* ?x178 ?x316)))
 (let ((?x205 (+ ?x181 ?x209)))
 (let ((?x286 (+ ?x205 ?x285)))
 (or (and (distinct 0.0 ?x286) true)))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!415 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!415) (< exp!1 exp!4)))
(assert
 (= (< log!415 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!415) (< exp!2 exp!4)))
(assert
 (= (< log!415 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!415) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!415 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!415)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!639 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!639) (< exp!1 exp!5)))
(assert
 (= (< log!639 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!639) (< exp!2 exp!5)))
(assert
 (= (< log!639 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!639) (< exp!3 exp!5)))
(assert
 (= (< log!639 log!415) (< exp!5 exp!4)))
(assert
 (= (< log!415 log!639) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!639 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!639)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x144 (/ ?x9 exp!3)))
(let ((?x596 (/ (* 1.0 exp!2) exp!3)))
(let ((?x584 (+ ?x596 ?x144)))
(let ((?x597 (+ 1.0 ?x584)))
(=> (> ?x597 0.0) (= exp!5 ?x597))))))))
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
(declare-fun log!415 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!639 () Real)
(declare-fun log!864 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x564 (/ ?x428 exp!1)))
 (let ((?x297 (+ 1.0 ?x564)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x256 (/ ?x55 exp!1)))
 (let ((?x369 (+ ?x256 ?x297)))
 (< 0.0 ?x369))))))))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x564 (/ ?x428 exp!1)))
 (let ((?x297 (+ 1.0 ?x564)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x256 (/ ?x55 exp!1)))
 (let ((?x369 (+ ?x256 ?x297)))
 (let (($x686 (= 0.0 ?x369)))
 (not $x686)))))))))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x564 (/ ?x428 exp!1)))
 (let ((?x297 (+ 1.0 ?x564)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x256 (/ ?x55 exp!1)))
 (let ((?x369 (+ ?x256 ?x297)))
 (let (($x686 (= 0.0 ?x369)))
 (not $x686)))))))))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x564 (/ ?x428 exp!1)))
 (let ((?x297 (+ 1.0 ?x564)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x256 (/ ?x55 exp!1)))
 (let ((?x369 (+ ?x256 ?x297)))
 (let (($x686 (= 0.0 ?x369)))
 (not $x686)))))))))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x564 (/ ?x428 exp!1)))
 (let ((?x297 (+ 1.0 ?x564)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x256 (/ ?x55 exp!1)))
 (let ((?x369 (+ ?x256 ?x297)))
 (let (($x686 (= 0.0 ?x369)))
 (not $x686)))))))))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x564 (/ ?x428 exp!1)))
 (let ((?x297 (+ 1.0 ?x564)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x256 (/ ?x55 exp!1)))
 (let ((?x369 (+ ?x256 ?x297)))
 (let (($x686 (= 0.0 ?x369)))
 (not $x686)))))))))
(assert
 (let ((?x550 (/ 1.0 exp!6)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x564 (/ ?x428 exp!1)))
 (let ((?x297 (+ 1.0 ?x564)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x256 (/ ?x55 exp!1)))
 (let ((?x369 (+ ?x256 ?x297)))
 (let ((?x360 (/ ?x256 ?x369)))
 (let ((?x380 (- ?x360)))
 (let ((?x277 (* 0.0 ?x380)))
 (let ((?x357 (+ ?x380 ?x277)))
 (let ((?x265 (+ 1.0 ?x380)))
 (let ((?x353 (* 0.0 ?x265)))
 (let ((?x515 (+ ?x353 ?x357)))
 (let ((?x514 (* ?x515 ?x550)))
 (let ((?x367 (* ?x515 ?x514)))
 (let ((?x363 (- ?x256)))
 (let ((?x354 (* ?x256 ?x363)))
 (let ((?x511 (/ 1.0 (* ?x369 ?x369))))
 (let ((?x210 (* ?x511 ?x354)))
 (let ((?x646 (+ ?x360 ?x210)))
 (let ((?x211 (- ?x646)))
 (let ((?x871 (* 0.0 ?x211)))
 (let ((?x530 (+ ?x211 ?x871)))
 (let ((?x321 (+ ?x871 ?x530)))
 (let ((?x455 (* ?x321 ?x550)))
 (let ((?x500 (+ ?x455 ?x367)))
 (let ((?x359 (/ ?x564 exp!6)))
 (let ((?x446 (* ?x359 ?x515)))
 (let ((?x352 (* ?x515 ?x446)))
 (let ((?x638 (* ?x359 ?x321)))
 (let ((?x572 (+ ?x638 ?x352)))
 (let ((?x347 (+ ?x572 ?x500)))
 (let ((?x228 (+ ?x277 ?x277)))
 (let ((?x222 (+ ?x265 ?x228)))
 (let ((?x526 (/ ?x256 exp!6)))
 (let ((?x872 (* ?x526 ?x222)))
 (let ((?x310 (* ?x222 ?x872)))
 (let ((?x335 (+ ?x871 ?x871)))
 (let ((?x861 (+ ?x211 ?x335)))
 (let ((?x493 (* ?x526 ?x861)))
 (let ((?x264 (+ ?x493 ?x310)))
 (let ((?x854 (+ ?x264 ?x347)))
 (or (and (distinct 0.0 ?x854) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!415 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!415) (< exp!1 exp!4)))
(assert
 (= (< log!415 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!415) (< exp!2 exp!4)))
(assert
 (= (< log!415 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!415) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!415 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!415)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!639 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!639) (< exp!1 exp!5)))
(assert
 (= (< log!639 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!639) (< exp!2 exp!5)))
(assert
 (= (< log!639 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!639) (< exp!3 exp!5)))
(assert
 (= (< log!639 log!415) (< exp!5 exp!4)))
(assert
 (= (< log!415 log!639) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!639 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!639)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (=> (> ?x597 0.0) (= exp!5 ?x597)))))))))
(assert
 (= (< log!864 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!864) (< exp!1 exp!6)))
(assert
 (= (< log!864 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!864) (< exp!2 exp!6)))
(assert
 (= (< log!864 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!864) (< exp!3 exp!6)))
(assert
 (= (< log!864 log!415) (< exp!6 exp!4)))
(assert
 (= (< log!415 log!864) (< exp!4 exp!6)))
(assert
 (= (< log!864 log!639) (< exp!6 exp!5)))
(assert
 (= (< log!639 log!864) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!864 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!864)))
(assert
 (let ((?x428 (* 1.0 exp!2)))
(let ((?x564 (/ ?x428 exp!1)))
(let ((?x297 (+ 1.0 ?x564)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x256 (/ ?x55 exp!1)))
(let ((?x369 (+ ?x256 ?x297)))
(=> (> ?x369 0.0) (= exp!6 ?x369)))))))))
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
(declare-fun log!415 () Real)
(declare-fun log!639 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!864 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (< 0.0 ?x597))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x281 (/ ?x144 exp!5)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let ((?x200 (/ 1.0 ?x597)))
 (let ((?x346 (- ?x200)))
 (let ((?x389 (* 0.0 ?x346)))
 (let ((?x171 (+ ?x346 ?x389)))
 (let ((?x388 (+ 1.0 ?x346)))
 (let ((?x170 (* 0.0 ?x388)))
 (let ((?x292 (+ ?x170 ?x171)))
 (let ((?x284 (* ?x292 ?x281)))
 (let ((?x287 (* ?x292 ?x284)))
 (let ((?x243 (/ 1.0 (* ?x597 ?x597))))
 (let ((?x306 (- ?x243)))
 (let ((?x307 (+ ?x200 ?x306)))
 (let ((?x317 (- ?x307)))
 (let ((?x318 (* 0.0 ?x317)))
 (let ((?x251 (+ ?x317 ?x318)))
 (let ((?x252 (+ ?x318 ?x251)))
 (let ((?x282 (* ?x252 ?x281)))
 (let ((?x288 (+ ?x282 ?x287)))
 (let ((?x168 (/ ?x596 exp!5)))
 (let ((?x293 (* ?x168 ?x292)))
 (let ((?x162 (* ?x292 ?x293)))
 (let ((?x169 (* ?x168 ?x252)))
 (let ((?x163 (+ ?x169 ?x162)))
 (let ((?x285 (+ ?x163 ?x288)))
 (let ((?x390 (+ ?x389 ?x389)))
 (let ((?x386 (+ ?x388 ?x390)))
 (let ((?x178 (/ 1.0 exp!5)))
 (let ((?x387 (* ?x178 ?x386)))
 (let ((?x209 (* ?x386 ?x387)))
 (let ((?x315 (+ ?x318 ?x318)))
 (let ((?x316 (+ ?x317 ?x315)))
 (let ((?x181 (* ?x178 ?x316)))
 (let ((?x205 (+ ?x181 ?x209)))
 (let ((?x286 (+ ?x205 ?x285)))
 (or (and (distinct 0.0 ?x286) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!415 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!415) (< exp!1 exp!4)))
(assert
 (= (< log!415 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!415) (< exp!2 exp!4)))
(assert
 (= (< log!415 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!415) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!415 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!415)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!639 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!639) (< exp!1 exp!5)))
(assert
 (= (< log!639 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!639) (< exp!2 exp!5)))
(assert
 (= (< log!639 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!639) (< exp!3 exp!5)))
(assert
 (= (< log!639 log!415) (< exp!5 exp!4)))
(assert
 (= (< log!415 log!639) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!639 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!639)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (=> (> ?x597 0.0) (= exp!5 ?x597)))))))))
(assert
 (= (< log!864 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!864) (< exp!1 exp!6)))
(assert
 (= (< log!864 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!864) (< exp!2 exp!6)))
(assert
 (= (< log!864 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!864) (< exp!3 exp!6)))
(assert
 (= (< log!864 log!415) (< exp!6 exp!4)))
(assert
 (= (< log!415 log!864) (< exp!4 exp!6)))
(assert
 (= (< log!864 log!639) (< exp!6 exp!5)))
(assert
 (= (< log!639 log!864) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!864 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!864)))
(assert
 (let ((?x428 (* 1.0 exp!2)))
(let ((?x564 (/ ?x428 exp!1)))
(let ((?x297 (+ 1.0 ?x564)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x256 (/ ?x55 exp!1)))
(let ((?x369 (+ ?x256 ?x297)))
(=> (> ?x369 0.0) (= exp!6 ?x369)))))))))
(check-sat)
(pop 1)
