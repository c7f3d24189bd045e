; certjax: rule estimators.score_constant_baseline_OneHotCategoricalLogits, obligation 'second_order.mass_conserved[0]', verdict proved
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
(declare-fun log!312 () Real)
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
 (= (< log!312 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!312) (< exp!1 exp!4)))
(assert
 (= (< log!312 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!312) (< exp!2 exp!4)))
(assert
 (= (< log!312 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!312) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!312 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!312)))
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
(declare-fun log!312 () Real)
(declare-fun log!537 () Real)
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
 (let ((?x405 (- ?x480)))
 (let ((?x303 (+ 1.0 ?x405)))
 (let ((?x313 (* 0.0 ?x303)))
 (let ((?x170 (+ ?x405 ?x313)))
 (let ((?x302 (* 0.0 ?x405)))
 (let ((?x171 (+ ?x302 ?x170)))
 (let ((?x168 (/ ?x144 exp!5)))
 (let ((?x288 (* ?x168 ?x171)))
 (let ((?x289 (* ?x171 ?x288)))
 (let ((?x585 (/ 1.0 (* ?x591 ?x591))))
 (let ((?x438 (- ?x590)))
 (let ((?x462 (* ?x590 ?x438)))
 (let ((?x586 (* ?x462 ?x585)))
 (let ((?x472 (+ ?x480 ?x586)))
 (let ((?x582 (- ?x472)))
 (let ((?x583 (* 0.0 ?x582)))
 (let ((?x207 (+ ?x582 ?x583)))
 (let ((?x217 (+ ?x583 ?x207)))
 (let ((?x169 (* ?x217 ?x168)))
 (let ((?x406 (+ ?x169 ?x289)))
 (let ((?x341 (+ ?x302 ?x303)))
 (let ((?x214 (+ ?x302 ?x341)))
 (let ((?x345 (/ ?x590 exp!5)))
 (let ((?x355 (* ?x345 ?x214)))
 (let ((?x348 (* ?x214 ?x355)))
 (let ((?x340 (* ?x217 ?x345)))
 (let ((?x349 (+ ?x340 ?x348)))
 (let ((?x408 (+ ?x349 ?x406)))
 (let ((?x314 (+ ?x302 ?x313)))
 (let ((?x311 (+ ?x405 ?x314)))
 (let ((?x206 (/ 1.0 exp!5)))
 (let ((?x312 (* ?x206 ?x311)))
 (let ((?x179 (* ?x311 ?x312)))
 (let ((?x464 (+ ?x583 ?x583)))
 (let ((?x577 (+ ?x582 ?x464)))
 (let ((?x404 (* ?x577 ?x206)))
 (let ((?x176 (+ ?x404 ?x179)))
 (let ((?x162 (+ ?x176 ?x408)))
 (or (and (distinct 0.0 ?x162) true)))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!312 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!312) (< exp!1 exp!4)))
(assert
 (= (< log!312 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!312) (< exp!2 exp!4)))
(assert
 (= (< log!312 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!312) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!312 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!312)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!537 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!537) (< exp!1 exp!5)))
(assert
 (= (< log!537 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!537) (< exp!2 exp!5)))
(assert
 (= (< log!537 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!537) (< exp!3 exp!5)))
(assert
 (= (< log!537 log!312) (< exp!5 exp!4)))
(assert
 (= (< log!312 log!537) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!537 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!537)))
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
(declare-fun log!312 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!537 () Real)
(declare-fun log!762 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x556 (/ ?x421 exp!1)))
 (let ((?x566 (+ 1.0 ?x556)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x516 (/ ?x55 exp!1)))
 (let ((?x152 (+ ?x516 ?x566)))
 (let (($x150 (= 0.0 ?x152)))
 (not $x150)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x556 (/ ?x421 exp!1)))
 (let ((?x566 (+ 1.0 ?x556)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x516 (/ ?x55 exp!1)))
 (let ((?x152 (+ ?x516 ?x566)))
 (let (($x150 (= 0.0 ?x152)))
 (not $x150)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x556 (/ ?x421 exp!1)))
 (let ((?x566 (+ 1.0 ?x556)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x516 (/ ?x55 exp!1)))
 (let ((?x152 (+ ?x516 ?x566)))
 (< 0.0 ?x152))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x556 (/ ?x421 exp!1)))
 (let ((?x566 (+ 1.0 ?x556)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x516 (/ ?x55 exp!1)))
 (let ((?x152 (+ ?x516 ?x566)))
 (let (($x150 (= 0.0 ?x152)))
 (not $x150)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x556 (/ ?x421 exp!1)))
 (let ((?x566 (+ 1.0 ?x556)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x516 (/ ?x55 exp!1)))
 (let ((?x152 (+ ?x516 ?x566)))
 (let (($x150 (= 0.0 ?x152)))
 (not $x150)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x556 (/ ?x421 exp!1)))
 (let ((?x566 (+ 1.0 ?x556)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x516 (/ ?x55 exp!1)))
 (let ((?x152 (+ ?x516 ?x566)))
 (let (($x150 (= 0.0 ?x152)))
 (not $x150)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x556 (/ ?x421 exp!1)))
 (let ((?x566 (+ 1.0 ?x556)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x516 (/ ?x55 exp!1)))
 (let ((?x152 (+ ?x516 ?x566)))
 (let ((?x200 (/ ?x556 ?x152)))
 (let ((?x381 (- ?x200)))
 (let ((?x412 (+ 1.0 ?x381)))
 (let ((?x446 (* 0.0 ?x412)))
 (let ((?x257 (+ ?x381 ?x446)))
 (let ((?x676 (* 0.0 ?x381)))
 (let ((?x439 (+ ?x676 ?x257)))
 (let ((?x521 (/ 1.0 exp!6)))
 (let ((?x685 (* ?x521 ?x439)))
 (let ((?x399 (* ?x439 ?x685)))
 (let ((?x395 (/ 1.0 (* ?x152 ?x152))))
 (let ((?x510 (- ?x556)))
 (let ((?x507 (* ?x556 ?x510)))
 (let ((?x541 (* ?x507 ?x395)))
 (let ((?x383 (+ ?x200 ?x541)))
 (let ((?x671 (- ?x383)))
 (let ((?x484 (* 0.0 ?x671)))
 (let ((?x491 (+ ?x671 ?x484)))
 (let ((?x890 (+ ?x484 ?x491)))
 (let ((?x146 (* ?x890 ?x521)))
 (let ((?x877 (+ ?x146 ?x399)))
 (let ((?x229 (+ ?x676 ?x412)))
 (let ((?x333 (+ ?x676 ?x229)))
 (let ((?x466 (/ ?x556 exp!6)))
 (let ((?x148 (* ?x466 ?x333)))
 (let ((?x465 (* ?x333 ?x148)))
 (let ((?x322 (* ?x890 ?x466)))
 (let ((?x241 (+ ?x322 ?x465)))
 (let ((?x290 (+ ?x241 ?x877)))
 (let ((?x636 (+ ?x676 ?x446)))
 (let ((?x895 (+ ?x381 ?x636)))
 (let ((?x317 (/ ?x516 exp!6)))
 (let ((?x323 (* ?x317 ?x895)))
 (let ((?x677 (* ?x895 ?x323)))
 (let ((?x256 (+ ?x484 ?x484)))
 (let ((?x371 (+ ?x671 ?x256)))
 (let ((?x397 (* ?x371 ?x317)))
 (let ((?x357 (+ ?x397 ?x677)))
 (let ((?x258 (+ ?x357 ?x290)))
 (or (and (distinct 0.0 ?x258) true))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!312 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!312) (< exp!1 exp!4)))
(assert
 (= (< log!312 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!312) (< exp!2 exp!4)))
(assert
 (= (< log!312 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!312) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!312 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!312)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!537 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!537) (< exp!1 exp!5)))
(assert
 (= (< log!537 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!537) (< exp!2 exp!5)))
(assert
 (= (< log!537 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!537) (< exp!3 exp!5)))
(assert
 (= (< log!537 log!312) (< exp!5 exp!4)))
(assert
 (= (< log!312 log!537) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!537 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!537)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (=> (> ?x591 0.0) (= exp!5 ?x591)))))))))
(assert
 (= (< log!762 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!762) (< exp!1 exp!6)))
(assert
 (= (< log!762 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!762) (< exp!2 exp!6)))
(assert
 (= (< log!762 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!762) (< exp!3 exp!6)))
(assert
 (= (< log!762 log!312) (< exp!6 exp!4)))
(assert
 (= (< log!312 log!762) (< exp!4 exp!6)))
(assert
 (= (< log!762 log!537) (< exp!6 exp!5)))
(assert
 (= (< log!537 log!762) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!762 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!762)))
(assert
 (let ((?x421 (* 1.0 exp!2)))
(let ((?x556 (/ ?x421 exp!1)))
(let ((?x566 (+ 1.0 ?x556)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x516 (/ ?x55 exp!1)))
(let ((?x152 (+ ?x516 ?x566)))
(=> (> ?x152 0.0) (= exp!6 ?x152)))))))))
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
(declare-fun log!312 () Real)
(declare-fun log!537 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!762 () Real)
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
 (let ((?x405 (- ?x480)))
 (let ((?x303 (+ 1.0 ?x405)))
 (let ((?x313 (* 0.0 ?x303)))
 (let ((?x170 (+ ?x405 ?x313)))
 (let ((?x302 (* 0.0 ?x405)))
 (let ((?x171 (+ ?x302 ?x170)))
 (let ((?x168 (/ ?x144 exp!5)))
 (let ((?x288 (* ?x168 ?x171)))
 (let ((?x289 (* ?x171 ?x288)))
 (let ((?x585 (/ 1.0 (* ?x591 ?x591))))
 (let ((?x438 (- ?x590)))
 (let ((?x462 (* ?x590 ?x438)))
 (let ((?x586 (* ?x462 ?x585)))
 (let ((?x472 (+ ?x480 ?x586)))
 (let ((?x582 (- ?x472)))
 (let ((?x583 (* 0.0 ?x582)))
 (let ((?x207 (+ ?x582 ?x583)))
 (let ((?x217 (+ ?x583 ?x207)))
 (let ((?x169 (* ?x217 ?x168)))
 (let ((?x406 (+ ?x169 ?x289)))
 (let ((?x341 (+ ?x302 ?x303)))
 (let ((?x214 (+ ?x302 ?x341)))
 (let ((?x345 (/ ?x590 exp!5)))
 (let ((?x355 (* ?x345 ?x214)))
 (let ((?x348 (* ?x214 ?x355)))
 (let ((?x340 (* ?x217 ?x345)))
 (let ((?x349 (+ ?x340 ?x348)))
 (let ((?x408 (+ ?x349 ?x406)))
 (let ((?x314 (+ ?x302 ?x313)))
 (let ((?x311 (+ ?x405 ?x314)))
 (let ((?x206 (/ 1.0 exp!5)))
 (let ((?x312 (* ?x206 ?x311)))
 (let ((?x179 (* ?x311 ?x312)))
 (let ((?x464 (+ ?x583 ?x583)))
 (let ((?x577 (+ ?x582 ?x464)))
 (let ((?x404 (* ?x577 ?x206)))
 (let ((?x176 (+ ?x404 ?x179)))
 (let ((?x162 (+ ?x176 ?x408)))
 (or (and (distinct 0.0 ?x162) true))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!312 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!312) (< exp!1 exp!4)))
(assert
 (= (< log!312 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!312) (< exp!2 exp!4)))
(assert
 (= (< log!312 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!312) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!312 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!312)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!537 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!537) (< exp!1 exp!5)))
(assert
 (= (< log!537 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!537) (< exp!2 exp!5)))
(assert
 (= (< log!537 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!537) (< exp!3 exp!5)))
(assert
 (= (< log!537 log!312) (< exp!5 exp!4)))
(assert
 (= (< log!312 log!537) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!537 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!537)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (=> (> ?x591 0.0) (= exp!5 ?x591)))))))))
(assert
 (= (< log!762 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!762) (< exp!1 exp!6)))
(assert
 (= (< log!762 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!762) (< exp!2 exp!6)))
(assert
 (= (< log!762 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!762) (< exp!3 exp!6)))
(assert
 (= (< log!762 log!312) (< exp!6 exp!4)))
(assert
 (= (< log!312 log!762) (< exp!4 exp!6)))
(assert
 (= (< log!762 log!537) (< exp!6 exp!5)))
(assert
 (= (< log!537 log!762) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!762 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!762)))
(assert
 (let ((?x421 (* 1.0 exp!2)))
(let ((?x556 (/ ?x421 exp!1)))
(let ((?x566 (+ 1.0 ?x556)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x516 (/ ?x55 exp!1)))
(let ((?x152 (+ ?x516 ?x566)))
(=> (> ?x152 0.0) (= exp!6 ?x152)))))))))
(check-sat)
(pop 1)
