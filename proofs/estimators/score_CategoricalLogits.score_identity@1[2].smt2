; certjax: rule estimators.score_CategoricalLogits, obligation 'score_identity@1[2]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!95 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let ((?x117 (/ ?x33 ?x54)))
 (let ((?x118 (- ?x117)))
 (let ((?x121 (* 0.0 ?x118)))
 (let ((?x122 (+ ?x118 ?x121)))
 (let ((?x119 (+ 1.0 ?x118)))
 (let ((?x120 (* 0.0 ?x119)))
 (let ((?x123 (+ ?x120 ?x122)))
 (let ((?x111 (/ ?x52 exp!5)))
 (let ((?x124 (* ?x111 ?x123)))
 (let ((?x125 (* |f[1]| ?x124)))
 (let ((?x113 (- |f[1]|)))
 (let ((?x114 (/ ?x113 ?x54)))
 (let ((?x115 (* ?x33 ?x114)))
 (let ((?x116 (* ?x111 ?x115)))
 (or (and (distinct ?x116 ?x125) true)))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))
(assert
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
(let ((?x53 (+ 1.0 ?x52)))
(let ((?x33 (/ (* 1.0 exp!1) exp!2)))
(let ((?x54 (+ ?x33 ?x53)))
(let (($x84 (> ?x54 0.0)))
(=> $x84 (= exp!5 ?x54))))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!7 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!95 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!147 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x421 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x421)))
 (< 0.0 ?x515)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x421 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x421)))
 (let (($x512 (= 0.0 ?x515)))
 (not $x512))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x421 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x421)))
 (let (($x512 (= 0.0 ?x515)))
 (not $x512))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x421 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x421)))
 (let (($x512 (= 0.0 ?x515)))
 (not $x512))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x421 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x421)))
 (< 0.0 ?x515)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x421 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x421)))
 (let (($x512 (= 0.0 ?x515)))
 (not $x512))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x421 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x421)))
 (let (($x512 (= 0.0 ?x515)))
 (not $x512))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x421 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x421)))
 (let ((?x321 (/ 1.0 ?x515)))
 (let ((?x322 (- ?x321)))
 (let ((?x311 (* 0.0 ?x322)))
 (let ((?x312 (+ ?x322 ?x311)))
 (let ((?x319 (+ 1.0 ?x322)))
 (let ((?x320 (* 0.0 ?x319)))
 (let ((?x148 (+ ?x320 ?x312)))
 (let ((?x390 (/ ?x129 exp!7)))
 (let ((?x149 (* ?x390 ?x148)))
 (let ((?x250 (* |f[1]| ?x149)))
 (let ((?x113 (- |f[1]|)))
 (let ((?x172 (/ ?x113 ?x515)))
 (let ((?x310 (* ?x390 ?x172)))
 (or (and (distinct ?x310 ?x250) true)))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54)))))))))
(assert
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54)))))))))
(assert
 (let (($x448 (< log!147 |logits[2]|)))
 (= $x448 (< exp!6 exp!1))))
(assert
 (let (($x511 (< |logits[2]| log!147)))
 (= $x511 (< exp!1 exp!6))))
(assert
 (let (($x507 (< log!147 |logits[0]|)))
 (= $x507 (< exp!6 exp!2))))
(assert
 (let (($x398 (< |logits[0]| log!147)))
 (= $x398 (< exp!2 exp!6))))
(assert
 (let (($x505 (< log!147 |logits[1]|)))
 (= $x505 (< exp!6 exp!3))))
(assert
 (let (($x503 (< |logits[1]| log!147)))
 (= $x503 (< exp!3 exp!6))))
(assert
 (let (($x514 (< log!147 log!95)))
 (= $x514 (< exp!6 exp!5))))
(assert
 (let (($x490 (< log!95 log!147)))
 (= $x490 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x169 (> log!147 0.0)))
 (= $x169 (> exp!6 1.0))))
(assert
 (let ((?x171 (+ 1.0 log!147)))
 (>= exp!6 ?x171)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x421 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x421)))
 (let (($x174 (> ?x515 0.0)))
 (=> $x174 (= exp!6 ?x515)))))))))
(assert
 (let (($x448 (< log!147 |logits[2]|)))
 (= $x448 (< exp!7 exp!1))))
(assert
 (let (($x511 (< |logits[2]| log!147)))
 (= $x511 (< exp!1 exp!7))))
(assert
 (let (($x507 (< log!147 |logits[0]|)))
 (= $x507 (< exp!7 exp!2))))
(assert
 (let (($x398 (< |logits[0]| log!147)))
 (= $x398 (< exp!2 exp!7))))
(assert
 (let (($x505 (< log!147 |logits[1]|)))
 (= $x505 (< exp!7 exp!3))))
(assert
 (let (($x503 (< |logits[1]| log!147)))
 (= $x503 (< exp!3 exp!7))))
(assert
 (let (($x514 (< log!147 log!95)))
 (= $x514 (< exp!7 exp!5))))
(assert
 (let (($x490 (< log!95 log!147)))
 (= $x490 (< exp!5 exp!7))))
(assert
 (let (($x269 (< log!147 log!147)))
 (= $x269 (< exp!7 exp!6))))
(assert
 (let (($x269 (< log!147 log!147)))
 (= $x269 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x169 (> log!147 0.0)))
 (= $x169 (> exp!7 1.0))))
(assert
 (let ((?x171 (+ 1.0 log!147)))
 (>= exp!7 ?x171)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x129 (/ ?x51 exp!1)))
(let ((?x127 (/ (* 1.0 exp!2) exp!1)))
(let ((?x421 (+ ?x127 ?x129)))
(let ((?x515 (+ 1.0 ?x421)))
(let (($x174 (> ?x515 0.0)))
(=> $x174 (= exp!7 ?x515)))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!9 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!95 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!147 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!201 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x227 (/ ?x126 exp!3)))
 (let ((?x432 (+ 1.0 ?x227)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x612 (/ ?x24 exp!3)))
 (let ((?x618 (+ ?x612 ?x432)))
 (< 0.0 ?x618))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x227 (/ ?x126 exp!3)))
 (let ((?x432 (+ 1.0 ?x227)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x612 (/ ?x24 exp!3)))
 (let ((?x618 (+ ?x612 ?x432)))
 (let (($x443 (= 0.0 ?x618)))
 (not $x443)))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x227 (/ ?x126 exp!3)))
 (let ((?x432 (+ 1.0 ?x227)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x612 (/ ?x24 exp!3)))
 (let ((?x618 (+ ?x612 ?x432)))
 (let (($x443 (= 0.0 ?x618)))
 (not $x443)))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x227 (/ ?x126 exp!3)))
 (let ((?x432 (+ 1.0 ?x227)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x612 (/ ?x24 exp!3)))
 (let ((?x618 (+ ?x612 ?x432)))
 (let (($x443 (= 0.0 ?x618)))
 (not $x443)))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x227 (/ ?x126 exp!3)))
 (let ((?x432 (+ 1.0 ?x227)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x612 (/ ?x24 exp!3)))
 (let ((?x618 (+ ?x612 ?x432)))
 (< 0.0 ?x618))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x227 (/ ?x126 exp!3)))
 (let ((?x432 (+ 1.0 ?x227)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x612 (/ ?x24 exp!3)))
 (let ((?x618 (+ ?x612 ?x432)))
 (let (($x443 (= 0.0 ?x618)))
 (not $x443)))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x227 (/ ?x126 exp!3)))
 (let ((?x432 (+ 1.0 ?x227)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x612 (/ ?x24 exp!3)))
 (let ((?x618 (+ ?x612 ?x432)))
 (let (($x443 (= 0.0 ?x618)))
 (not $x443)))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x227 (/ ?x126 exp!3)))
 (let ((?x432 (+ 1.0 ?x227)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x612 (/ ?x24 exp!3)))
 (let ((?x618 (+ ?x612 ?x432)))
 (let ((?x855 (/ ?x612 ?x618)))
 (let ((?x417 (- ?x855)))
 (let ((?x151 (* 0.0 ?x417)))
 (let ((?x351 (+ ?x417 ?x151)))
 (let ((?x350 (+ 1.0 ?x417)))
 (let ((?x352 (* 0.0 ?x350)))
 (let ((?x463 (+ ?x352 ?x351)))
 (let ((?x388 (/ 1.0 exp!9)))
 (let ((?x397 (* ?x388 ?x463)))
 (let ((?x425 (* |f[1]| ?x397)))
 (let ((?x113 (- |f[1]|)))
 (let ((?x286 (/ ?x113 ?x618)))
 (let ((?x327 (* ?x612 ?x286)))
 (let ((?x152 (* ?x388 ?x327)))
 (or (and (distinct ?x152 ?x425) true)))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))))
(assert
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54))))))))))
(assert
 (let (($x448 (< log!147 |logits[2]|)))
 (= $x448 (< exp!6 exp!1))))
(assert
 (let (($x511 (< |logits[2]| log!147)))
 (= $x511 (< exp!1 exp!6))))
(assert
 (let (($x507 (< log!147 |logits[0]|)))
 (= $x507 (< exp!6 exp!2))))
(assert
 (let (($x398 (< |logits[0]| log!147)))
 (= $x398 (< exp!2 exp!6))))
(assert
 (let (($x505 (< log!147 |logits[1]|)))
 (= $x505 (< exp!6 exp!3))))
(assert
 (let (($x503 (< |logits[1]| log!147)))
 (= $x503 (< exp!3 exp!6))))
(assert
 (let (($x514 (< log!147 log!95)))
 (= $x514 (< exp!6 exp!5))))
(assert
 (let (($x490 (< log!95 log!147)))
 (= $x490 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x169 (> log!147 0.0)))
 (= $x169 (> exp!6 1.0))))
(assert
 (let ((?x171 (+ 1.0 log!147)))
 (>= exp!6 ?x171)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x421 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x421)))
 (let (($x174 (> ?x515 0.0)))
 (=> $x174 (= exp!6 ?x515))))))))))
(assert
 (let (($x448 (< log!147 |logits[2]|)))
 (= $x448 (< exp!7 exp!1))))
(assert
 (let (($x511 (< |logits[2]| log!147)))
 (= $x511 (< exp!1 exp!7))))
(assert
 (let (($x507 (< log!147 |logits[0]|)))
 (= $x507 (< exp!7 exp!2))))
(assert
 (let (($x398 (< |logits[0]| log!147)))
 (= $x398 (< exp!2 exp!7))))
(assert
 (let (($x505 (< log!147 |logits[1]|)))
 (= $x505 (< exp!7 exp!3))))
(assert
 (let (($x503 (< |logits[1]| log!147)))
 (= $x503 (< exp!3 exp!7))))
(assert
 (let (($x514 (< log!147 log!95)))
 (= $x514 (< exp!7 exp!5))))
(assert
 (let (($x490 (< log!95 log!147)))
 (= $x490 (< exp!5 exp!7))))
(assert
 (let (($x269 (< log!147 log!147)))
 (= $x269 (< exp!7 exp!6))))
(assert
 (let (($x269 (< log!147 log!147)))
 (= $x269 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x169 (> log!147 0.0)))
 (= $x169 (> exp!7 1.0))))
(assert
 (let ((?x171 (+ 1.0 log!147)))
 (>= exp!7 ?x171)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x421 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x421)))
 (let (($x174 (> ?x515 0.0)))
 (=> $x174 (= exp!7 ?x515))))))))))
(assert
 (let (($x472 (< log!201 |logits[2]|)))
 (= $x472 (< exp!8 exp!1))))
(assert
 (let (($x838 (< |logits[2]| log!201)))
 (= $x838 (< exp!1 exp!8))))
(assert
 (let (($x845 (< log!201 |logits[0]|)))
 (= $x845 (< exp!8 exp!2))))
(assert
 (let (($x614 (< |logits[0]| log!201)))
 (= $x614 (< exp!2 exp!8))))
(assert
 (let (($x624 (< log!201 |logits[1]|)))
 (= $x624 (< exp!8 exp!3))))
(assert
 (let (($x572 (< |logits[1]| log!201)))
 (= $x572 (< exp!3 exp!8))))
(assert
 (let (($x518 (< log!201 log!95)))
 (= $x518 (< exp!8 exp!5))))
(assert
 (let (($x423 (< log!95 log!201)))
 (= $x423 (< exp!5 exp!8))))
(assert
 (let (($x376 (< log!201 log!147)))
 (= $x376 (< exp!8 exp!7))))
(assert
 (let (($x367 (< log!147 log!201)))
 (= $x367 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x252 (> log!201 0.0)))
 (= $x252 (> exp!8 1.0))))
(assert
 (let ((?x190 (+ 1.0 log!201)))
 (>= exp!8 ?x190)))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x227 (/ ?x126 exp!3)))
 (let ((?x432 (+ 1.0 ?x227)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x612 (/ ?x24 exp!3)))
 (let ((?x618 (+ ?x612 ?x432)))
 (let (($x165 (> ?x618 0.0)))
 (=> $x165 (= exp!8 ?x618))))))))))
(assert
 (let (($x472 (< log!201 |logits[2]|)))
 (= $x472 (< exp!9 exp!1))))
(assert
 (let (($x838 (< |logits[2]| log!201)))
 (= $x838 (< exp!1 exp!9))))
(assert
 (let (($x845 (< log!201 |logits[0]|)))
 (= $x845 (< exp!9 exp!2))))
(assert
 (let (($x614 (< |logits[0]| log!201)))
 (= $x614 (< exp!2 exp!9))))
(assert
 (let (($x624 (< log!201 |logits[1]|)))
 (= $x624 (< exp!9 exp!3))))
(assert
 (let (($x572 (< |logits[1]| log!201)))
 (= $x572 (< exp!3 exp!9))))
(assert
 (let (($x518 (< log!201 log!95)))
 (= $x518 (< exp!9 exp!5))))
(assert
 (let (($x423 (< log!95 log!201)))
 (= $x423 (< exp!5 exp!9))))
(assert
 (let (($x376 (< log!201 log!147)))
 (= $x376 (< exp!9 exp!7))))
(assert
 (let (($x367 (< log!147 log!201)))
 (= $x367 (< exp!7 exp!9))))
(assert
 (let (($x414 (< log!201 log!201)))
 (= $x414 (< exp!9 exp!8))))
(assert
 (let (($x414 (< log!201 log!201)))
 (= $x414 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x252 (> log!201 0.0)))
 (= $x252 (> exp!9 1.0))))
(assert
 (let ((?x190 (+ 1.0 log!201)))
 (>= exp!9 ?x190)))
(assert
 (let ((?x126 (* 1.0 exp!2)))
(let ((?x227 (/ ?x126 exp!3)))
(let ((?x432 (+ 1.0 ?x227)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x612 (/ ?x24 exp!3)))
(let ((?x618 (+ ?x612 ?x432)))
(let (($x165 (> ?x618 0.0)))
(=> $x165 (= exp!9 ?x618))))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!7 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!95 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!147 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!201 () Real)
(declare-fun exp!9 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x421 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x421)))
 (< 0.0 ?x515))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x421 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x421)))
 (let (($x512 (= 0.0 ?x515)))
 (not $x512)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x421 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x421)))
 (let (($x512 (= 0.0 ?x515)))
 (not $x512)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x421 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x421)))
 (let (($x512 (= 0.0 ?x515)))
 (not $x512)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x421 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x421)))
 (< 0.0 ?x515))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x421 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x421)))
 (let (($x512 (= 0.0 ?x515)))
 (not $x512)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x421 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x421)))
 (let (($x512 (= 0.0 ?x515)))
 (not $x512)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x421 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x421)))
 (let ((?x321 (/ 1.0 ?x515)))
 (let ((?x322 (- ?x321)))
 (let ((?x311 (* 0.0 ?x322)))
 (let ((?x312 (+ ?x322 ?x311)))
 (let ((?x319 (+ 1.0 ?x322)))
 (let ((?x320 (* 0.0 ?x319)))
 (let ((?x148 (+ ?x320 ?x312)))
 (let ((?x390 (/ ?x129 exp!7)))
 (let ((?x149 (* ?x390 ?x148)))
 (let ((?x250 (* |f[1]| ?x149)))
 (let ((?x113 (- |f[1]|)))
 (let ((?x172 (/ ?x113 ?x515)))
 (let ((?x310 (* ?x390 ?x172)))
 (or (and (distinct ?x310 ?x250) true))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))))
(assert
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54))))))))))
(assert
 (let (($x448 (< log!147 |logits[2]|)))
 (= $x448 (< exp!6 exp!1))))
(assert
 (let (($x511 (< |logits[2]| log!147)))
 (= $x511 (< exp!1 exp!6))))
(assert
 (let (($x507 (< log!147 |logits[0]|)))
 (= $x507 (< exp!6 exp!2))))
(assert
 (let (($x398 (< |logits[0]| log!147)))
 (= $x398 (< exp!2 exp!6))))
(assert
 (let (($x505 (< log!147 |logits[1]|)))
 (= $x505 (< exp!6 exp!3))))
(assert
 (let (($x503 (< |logits[1]| log!147)))
 (= $x503 (< exp!3 exp!6))))
(assert
 (let (($x514 (< log!147 log!95)))
 (= $x514 (< exp!6 exp!5))))
(assert
 (let (($x490 (< log!95 log!147)))
 (= $x490 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x169 (> log!147 0.0)))
 (= $x169 (> exp!6 1.0))))
(assert
 (let ((?x171 (+ 1.0 log!147)))
 (>= exp!6 ?x171)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x421 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x421)))
 (let (($x174 (> ?x515 0.0)))
 (=> $x174 (= exp!6 ?x515))))))))))
(assert
 (let (($x448 (< log!147 |logits[2]|)))
 (= $x448 (< exp!7 exp!1))))
(assert
 (let (($x511 (< |logits[2]| log!147)))
 (= $x511 (< exp!1 exp!7))))
(assert
 (let (($x507 (< log!147 |logits[0]|)))
 (= $x507 (< exp!7 exp!2))))
(assert
 (let (($x398 (< |logits[0]| log!147)))
 (= $x398 (< exp!2 exp!7))))
(assert
 (let (($x505 (< log!147 |logits[1]|)))
 (= $x505 (< exp!7 exp!3))))
(assert
 (let (($x503 (< |logits[1]| log!147)))
 (= $x503 (< exp!3 exp!7))))
(assert
 (let (($x514 (< log!147 log!95)))
 (= $x514 (< exp!7 exp!5))))
(assert
 (let (($x490 (< log!95 log!147)))
 (= $x490 (< exp!5 exp!7))))
(assert
 (let (($x269 (< log!147 log!147)))
 (= $x269 (< exp!7 exp!6))))
(assert
 (let (($x269 (< log!147 log!147)))
 (= $x269 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x169 (> log!147 0.0)))
 (= $x169 (> exp!7 1.0))))
(assert
 (let ((?x171 (+ 1.0 log!147)))
 (>= exp!7 ?x171)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x421 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x421)))
 (let (($x174 (> ?x515 0.0)))
 (=> $x174 (= exp!7 ?x515))))))))))
(assert
 (let (($x472 (< log!201 |logits[2]|)))
 (= $x472 (< exp!8 exp!1))))
(assert
 (let (($x838 (< |logits[2]| log!201)))
 (= $x838 (< exp!1 exp!8))))
(assert
 (let (($x845 (< log!201 |logits[0]|)))
 (= $x845 (< exp!8 exp!2))))
(assert
 (let (($x614 (< |logits[0]| log!201)))
 (= $x614 (< exp!2 exp!8))))
(assert
 (let (($x624 (< log!201 |logits[1]|)))
 (= $x624 (< exp!8 exp!3))))
(assert
 (let (($x572 (< |logits[1]| log!201)))
 (= $x572 (< exp!3 exp!8))))
(assert
 (let (($x518 (< log!201 log!95)))
 (= $x518 (< exp!8 exp!5))))
(assert
 (let (($x423 (< log!95 log!201)))
 (= $x423 (< exp!5 exp!8))))
(assert
 (let (($x376 (< log!201 log!147)))
 (= $x376 (< exp!8 exp!7))))
(assert
 (let (($x367 (< log!147 log!201)))
 (= $x367 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x252 (> log!201 0.0)))
 (= $x252 (> exp!8 1.0))))
(assert
 (let ((?x190 (+ 1.0 log!201)))
 (>= exp!8 ?x190)))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x227 (/ ?x126 exp!3)))
 (let ((?x432 (+ 1.0 ?x227)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x612 (/ ?x24 exp!3)))
 (let ((?x618 (+ ?x612 ?x432)))
 (let (($x165 (> ?x618 0.0)))
 (=> $x165 (= exp!8 ?x618))))))))))
(assert
 (let (($x472 (< log!201 |logits[2]|)))
 (= $x472 (< exp!9 exp!1))))
(assert
 (let (($x838 (< |logits[2]| log!201)))
 (= $x838 (< exp!1 exp!9))))
(assert
 (let (($x845 (< log!201 |logits[0]|)))
 (= $x845 (< exp!9 exp!2))))
(assert
 (let (($x614 (< |logits[0]| log!201)))
 (= $x614 (< exp!2 exp!9))))
(assert
 (let (($x624 (< log!201 |logits[1]|)))
 (= $x624 (< exp!9 exp!3))))
(assert
 (let (($x572 (< |logits[1]| log!201)))
 (= $x572 (< exp!3 exp!9))))
(assert
 (let (($x518 (< log!201 log!95)))
 (= $x518 (< exp!9 exp!5))))
(assert
 (let (($x423 (< log!95 log!201)))
 (= $x423 (< exp!5 exp!9))))
(assert
 (let (($x376 (< log!201 log!147)))
 (= $x376 (< exp!9 exp!7))))
(assert
 (let (($x367 (< log!147 log!201)))
 (= $x367 (< exp!7 exp!9))))
(assert
 (let (($x414 (< log!201 log!201)))
 (= $x414 (< exp!9 exp!8))))
(assert
 (let (($x414 (< log!201 log!201)))
 (= $x414 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x252 (> log!201 0.0)))
 (= $x252 (> exp!9 1.0))))
(assert
 (let ((?x190 (+ 1.0 log!201)))
 (>= exp!9 ?x190)))
(assert
 (let ((?x126 (* 1.0 exp!2)))
(let ((?x227 (/ ?x126 exp!3)))
(let ((?x432 (+ 1.0 ?x227)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x612 (/ ?x24 exp!3)))
(let ((?x618 (+ ?x612 ?x432)))
(let (($x165 (> ?x618 0.0)))
(=> $x165 (= exp!9 ?x618))))))))))
(check-sat)
(pop 1)
