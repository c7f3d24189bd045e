; certjax: rule estimators.score_loo_baseline_OneHotCategoricalLogits, obligation 'second_order.mass_conserved[0]', verdict proved
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
(declare-fun log!424 () Real)
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
 (= (< log!424 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!424) (< exp!1 exp!4)))
(assert
 (= (< log!424 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!424) (< exp!2 exp!4)))
(assert
 (= (< log!424 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!424) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!424 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!424)))
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
(declare-fun log!424 () Real)
(declare-fun log!649 () Real)
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
 (let ((?x364 (- ?x480)))
 (let ((?x366 (+ 1.0 ?x364)))
 (let ((?x362 (* 0.0 ?x366)))
 (let ((?x401 (+ ?x364 ?x362)))
 (let ((?x365 (* 0.0 ?x364)))
 (let ((?x168 (+ ?x365 ?x401)))
 (let ((?x389 (/ ?x144 exp!5)))
 (let ((?x169 (* ?x389 ?x168)))
 (let ((?x170 (* ?x168 ?x169)))
 (let ((?x585 (/ 1.0 (* ?x591 ?x591))))
 (let ((?x438 (- ?x590)))
 (let ((?x462 (* ?x590 ?x438)))
 (let ((?x586 (* ?x462 ?x585)))
 (let ((?x472 (+ ?x480 ?x586)))
 (let ((?x582 (- ?x472)))
 (let ((?x583 (* 0.0 ?x582)))
 (let ((?x311 (+ ?x582 ?x583)))
 (let ((?x312 (+ ?x583 ?x311)))
 (let ((?x399 (* ?x312 ?x389)))
 (let ((?x171 (+ ?x399 ?x170)))
 (let ((?x374 (+ ?x365 ?x366)))
 (let ((?x207 (+ ?x365 ?x374)))
 (let ((?x376 (/ ?x590 exp!5)))
 (let ((?x217 (* ?x376 ?x207)))
 (let ((?x214 (* ?x207 ?x217)))
 (let ((?x373 (* ?x312 ?x376)))
 (let ((?x384 (+ ?x373 ?x214)))
 (let ((?x288 (+ ?x384 ?x171)))
 (let ((?x363 (+ ?x365 ?x362)))
 (let ((?x302 (+ ?x364 ?x363)))
 (let ((?x206 (/ 1.0 exp!5)))
 (let ((?x303 (* ?x206 ?x302)))
 (let ((?x313 (* ?x302 ?x303)))
 (let ((?x464 (+ ?x583 ?x583)))
 (let ((?x577 (+ ?x582 ?x464)))
 (let ((?x342 (* ?x577 ?x206)))
 (let ((?x314 (+ ?x342 ?x313)))
 (let ((?x289 (+ ?x314 ?x288)))
 (or (and (distinct 0.0 ?x289) true)))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!424 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!424) (< exp!1 exp!4)))
(assert
 (= (< log!424 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!424) (< exp!2 exp!4)))
(assert
 (= (< log!424 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!424) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!424 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!424)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!649 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!649) (< exp!1 exp!5)))
(assert
 (= (< log!649 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!649) (< exp!2 exp!5)))
(assert
 (= (< log!649 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!649) (< exp!3 exp!5)))
(assert
 (= (< log!649 log!424) (< exp!5 exp!4)))
(assert
 (= (< log!424 log!649) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!649 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!649)))
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
(declare-fun log!424 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!649 () Real)
(declare-fun log!874 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x279 (/ ?x421 exp!1)))
 (let ((?x433 (+ 1.0 ?x279)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x656 (/ ?x55 exp!1)))
 (let ((?x268 (+ ?x656 ?x433)))
 (let (($x382 (= 0.0 ?x268)))
 (not $x382)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x279 (/ ?x421 exp!1)))
 (let ((?x433 (+ 1.0 ?x279)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x656 (/ ?x55 exp!1)))
 (let ((?x268 (+ ?x656 ?x433)))
 (let (($x382 (= 0.0 ?x268)))
 (not $x382)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x279 (/ ?x421 exp!1)))
 (let ((?x433 (+ 1.0 ?x279)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x656 (/ ?x55 exp!1)))
 (let ((?x268 (+ ?x656 ?x433)))
 (< 0.0 ?x268))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x279 (/ ?x421 exp!1)))
 (let ((?x433 (+ 1.0 ?x279)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x656 (/ ?x55 exp!1)))
 (let ((?x268 (+ ?x656 ?x433)))
 (let (($x382 (= 0.0 ?x268)))
 (not $x382)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x279 (/ ?x421 exp!1)))
 (let ((?x433 (+ 1.0 ?x279)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x656 (/ ?x55 exp!1)))
 (let ((?x268 (+ ?x656 ?x433)))
 (let (($x382 (= 0.0 ?x268)))
 (not $x382)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x279 (/ ?x421 exp!1)))
 (let ((?x433 (+ 1.0 ?x279)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x656 (/ ?x55 exp!1)))
 (let ((?x268 (+ ?x656 ?x433)))
 (let (($x382 (= 0.0 ?x268)))
 (not $x382)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x279 (/ ?x421 exp!1)))
 (let ((?x433 (+ 1.0 ?x279)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x656 (/ ?x55 exp!1)))
 (let ((?x268 (+ ?x656 ?x433)))
 (let ((?x664 (/ ?x279 ?x268)))
 (let ((?x633 (- ?x664)))
 (let ((?x543 (+ 1.0 ?x633)))
 (let ((?x307 (* 0.0 ?x543)))
 (let ((?x658 (+ ?x633 ?x307)))
 (let ((?x638 (* 0.0 ?x633)))
 (let ((?x166 (+ ?x638 ?x658)))
 (let ((?x497 (/ 1.0 exp!6)))
 (let ((?x515 (* ?x497 ?x166)))
 (let ((?x677 (* ?x166 ?x515)))
 (let ((?x474 (/ 1.0 (* ?x268 ?x268))))
 (let ((?x630 (- ?x279)))
 (let ((?x624 (* ?x279 ?x630)))
 (let ((?x593 (* ?x624 ?x474)))
 (let ((?x336 (+ ?x664 ?x593)))
 (let ((?x294 (- ?x336)))
 (let ((?x234 (* 0.0 ?x294)))
 (let ((?x500 (+ ?x294 ?x234)))
 (let ((?x885 (+ ?x234 ?x500)))
 (let ((?x623 (* ?x885 ?x497)))
 (let ((?x872 (+ ?x623 ?x677)))
 (let ((?x427 (+ ?x638 ?x543)))
 (let ((?x208 (+ ?x638 ?x427)))
 (let ((?x335 (/ ?x279 exp!6)))
 (let ((?x626 (* ?x335 ?x208)))
 (let ((?x229 (* ?x208 ?x626)))
 (let ((?x465 (* ?x885 ?x335)))
 (let ((?x343 (+ ?x465 ?x229)))
 (let ((?x619 (+ ?x343 ?x872)))
 (let ((?x666 (+ ?x638 ?x307)))
 (let ((?x890 (+ ?x633 ?x666)))
 (let ((?x325 (/ ?x656 exp!6)))
 (let ((?x454 (* ?x325 ?x890)))
 (let ((?x562 (* ?x890 ?x454)))
 (let ((?x293 (+ ?x234 ?x234)))
 (let ((?x215 (+ ?x294 ?x293)))
 (let ((?x331 (* ?x215 ?x325)))
 (let ((?x482 (+ ?x331 ?x562)))
 (let ((?x475 (+ ?x482 ?x619)))
 (or (and (distinct 0.0 ?x475) true))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!424 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!424) (< exp!1 exp!4)))
(assert
 (= (< log!424 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!424) (< exp!2 exp!4)))
(assert
 (= (< log!424 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!424) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!424 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!424)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!649 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!649) (< exp!1 exp!5)))
(assert
 (= (< log!649 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!649) (< exp!2 exp!5)))
(assert
 (= (< log!649 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!649) (< exp!3 exp!5)))
(assert
 (= (< log!649 log!424) (< exp!5 exp!4)))
(assert
 (= (< log!424 log!649) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!649 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!649)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (=> (> ?x591 0.0) (= exp!5 ?x591)))))))))
(assert
 (= (< log!874 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!874) (< exp!1 exp!6)))
(assert
 (= (< log!874 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!874) (< exp!2 exp!6)))
(assert
 (= (< log!874 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!874) (< exp!3 exp!6)))
(assert
 (= (< log!874 log!424) (< exp!6 exp!4)))
(assert
 (= (< log!424 log!874) (< exp!4 exp!6)))
(assert
 (= (< log!874 log!649) (< exp!6 exp!5)))
(assert
 (= (< log!649 log!874) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!874 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!874)))
(assert
 (let ((?x421 (* 1.0 exp!2)))
(let ((?x279 (/ ?x421 exp!1)))
(let ((?x433 (+ 1.0 ?x279)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x656 (/ ?x55 exp!1)))
(let ((?x268 (+ ?x656 ?x433)))
(=> (> ?x268 0.0) (= exp!6 ?x268)))))))))
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
(declare-fun log!424 () Real)
(declare-fun log!649 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!874 () Real)
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
 (let ((?x364 (- ?x480)))
 (let ((?x366 (+ 1.0 ?x364)))
 (let ((?x362 (* 0.0 ?x366)))
 (let ((?x401 (+ ?x364 ?x362)))
 (let ((?x365 (* 0.0 ?x364)))
 (let ((?x168 (+ ?x365 ?x401)))
 (let ((?x389 (/ ?x144 exp!5)))
 (let ((?x169 (* ?x389 ?x168)))
 (let ((?x170 (* ?x168 ?x169)))
 (let ((?x585 (/ 1.0 (* ?x591 ?x591))))
 (let ((?x438 (- ?x590)))
 (let ((?x462 (* ?x590 ?x438)))
 (let ((?x586 (* ?x462 ?x585)))
 (let ((?x472 (+ ?x480 ?x586)))
 (let ((?x582 (- ?x472)))
 (let ((?x583 (* 0.0 ?x582)))
 (let ((?x311 (+ ?x582 ?x583)))
 (let ((?x312 (+ ?x583 ?x311)))
 (let ((?x399 (* ?x312 ?x389)))
 (let ((?x171 (+ ?x399 ?x170)))
 (let ((?x374 (+ ?x365 ?x366)))
 (let ((?x207 (+ ?x365 ?x374)))
 (let ((?x376 (/ ?x590 exp!5)))
 (let ((?x217 (* ?x376 ?x207)))
 (let ((?x214 (* ?x207 ?x217)))
 (let ((?x373 (* ?x312 ?x376)))
 (let ((?x384 (+ ?x373 ?x214)))
 (let ((?x288 (+ ?x384 ?x171)))
 (let ((?x363 (+ ?x365 ?x362)))
 (let ((?x302 (+ ?x364 ?x363)))
 (let ((?x206 (/ 1.0 exp!5)))
 (let ((?x303 (* ?x206 ?x302)))
 (let ((?x313 (* ?x302 ?x303)))
 (let ((?x464 (+ ?x583 ?x583)))
 (let ((?x577 (+ ?x582 ?x464)))
 (let ((?x342 (* ?x577 ?x206)))
 (let ((?x314 (+ ?x342 ?x313)))
 (let ((?x289 (+ ?x314 ?x288)))
 (or (and (distinct 0.0 ?x289) true))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!424 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!424) (< exp!1 exp!4)))
(assert
 (= (< log!424 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!424) (< exp!2 exp!4)))
(assert
 (= (< log!424 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!424) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!424 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!424)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!649 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!649) (< exp!1 exp!5)))
(assert
 (= (< log!649 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!649) (< exp!2 exp!5)))
(assert
 (= (< log!649 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!649) (< exp!3 exp!5)))
(assert
 (= (< log!649 log!424) (< exp!5 exp!4)))
(assert
 (= (< log!424 log!649) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!649 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!649)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (=> (> ?x591 0.0) (= exp!5 ?x591)))))))))
(assert
 (= (< log!874 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!874) (< exp!1 exp!6)))
(assert
 (= (< log!874 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!874) (< exp!2 exp!6)))
(assert
 (= (< log!874 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!874) (< exp!3 exp!6)))
(assert
 (= (< log!874 log!424) (< exp!6 exp!4)))
(assert
 (= (< log!424 log!874) (< exp!4 exp!6)))
(assert
 (= (< log!874 log!649) (< exp!6 exp!5)))
(assert
 (= (< log!649 log!874) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!874 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!874)))
(assert
 (let ((?x421 (* 1.0 exp!2)))
(let ((?x279 (/ ?x421 exp!1)))
(let ((?x433 (+ 1.0 ?x279)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x656 (/ ?x55 exp!1)))
(let ((?x268 (+ ?x656 ?x433)))
(=> (> ?x268 0.0) (= exp!6 ?x268)))))))))
(check-sat)
(pop 1)
