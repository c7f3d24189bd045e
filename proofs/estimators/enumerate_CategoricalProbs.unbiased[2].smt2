; certjax: rule estimators.enumerate_CategoricalProbs, obligation 'unbiased[2]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |probs[1]| () Real)
(declare-fun |probs[0]| () Real)
(declare-fun |probs[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!6 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!8 () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!1 () Real)
(declare-fun log!9 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!12 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!8 () Real)
(declare-fun exp!7 () Real)
(declare-fun log!7 () Real)
(assert
 (let (($x11 (< 0.0 |probs[1]|)))
 (let (($x9 (< 0.0 |probs[0]|)))
 (let (($x12 (and $x9 $x11)))
 (let (($x7 (< 0.0 |probs[2]|)))
 (and $x7 $x12))))))
(assert
 (< 0.0 |probs[2]|))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (< 0.0 ?x15))))
(assert
 (< 0.0 |probs[0]|))
(assert
 (< 0.0 |probs[1]|))
(assert
 (let (($x19 (= 0.0 |probs[2]|)))
 (not $x19)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x21 (= 0.0 ?x15)))
 (not $x21)))))
(assert
 (let (($x23 (= 0.0 |probs[0]|)))
 (not $x23)))
(assert
 (let (($x25 (= 0.0 |probs[1]|)))
 (not $x25)))
(assert
 (let (($x23 (= 0.0 |probs[0]|)))
 (not $x23)))
(assert
 (let (($x25 (= 0.0 |probs[1]|)))
 (not $x25)))
(assert
 (let (($x19 (= 0.0 |probs[2]|)))
 (not $x19)))
(assert
 (< 0.0 |probs[2]|))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (< 0.0 ?x15))))
(assert
 (< 0.0 |probs[1]|))
(assert
 (< 0.0 |probs[0]|))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x21 (= 0.0 ?x15)))
 (not $x21)))))
(assert
 (let (($x23 (= 0.0 |probs[0]|)))
 (not $x23)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x21 (= 0.0 ?x15)))
 (not $x21)))))
(assert
 (let (($x23 (= 0.0 |probs[0]|)))
 (not $x23)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x21 (= 0.0 ?x15)))
 (not $x21)))))
(assert
 (let (($x23 (= 0.0 |probs[0]|)))
 (not $x23)))
(assert
 (let (($x25 (= 0.0 |probs[1]|)))
 (not $x25)))
(assert
 (let (($x25 (= 0.0 |probs[1]|)))
 (not $x25)))
(assert
 (let (($x25 (= 0.0 |probs[1]|)))
 (not $x25)))
(assert
 (let (($x19 (= 0.0 |probs[2]|)))
 (not $x19)))
(assert
 (let (($x19 (= 0.0 |probs[2]|)))
 (not $x19)))
(assert
 (let (($x19 (= 0.0 |probs[2]|)))
 (not $x19)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x21 (= 0.0 ?x15)))
 (not $x21)))))
(assert
 (let (($x19 (= 0.0 |probs[2]|)))
 (not $x19)))
(assert
 (let (($x25 (= 0.0 |probs[1]|)))
 (not $x25)))
(assert
 (let (($x23 (= 0.0 |probs[0]|)))
 (not $x23)))
(assert
 (let ((?x224 (/ 0.0 |probs[0]|)))
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let ((?x216 (/ 1.0 ?x15)))
 (let ((?x217 (- ?x216)))
 (let ((?x225 (+ ?x217 ?x224)))
 (let ((?x230 (* 0.0 ?x225)))
 (let ((?x221 (/ 0.0 |probs[1]|)))
 (let ((?x222 (+ ?x221 ?x217)))
 (let ((?x223 (* 0.0 ?x222)))
 (let ((?x236 (+ ?x223 ?x230)))
 (let ((?x218 (/ 1.0 |probs[2]|)))
 (let ((?x219 (+ ?x217 ?x218)))
 (let ((?x237 (+ ?x219 ?x236)))
 (let ((?x84 (/ (* 1.0 exp!2) exp!4)))
 (let ((?x238 (* ?x84 ?x237)))
 (let ((?x239 (* |f[2]| ?x238)))
 (let ((?x231 (+ ?x222 ?x230)))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x232 (+ ?x220 ?x231)))
 (let ((?x139 (/ (* 1.0 exp!6) exp!4)))
 (let ((?x233 (* ?x139 ?x232)))
 (let ((?x234 (* |f[1]| ?x233)))
 (let ((?x226 (+ ?x223 ?x225)))
 (let ((?x227 (+ ?x220 ?x226)))
 (let ((?x205 (/ (* 1.0 exp!8) exp!4)))
 (let ((?x228 (* ?x205 ?x227)))
 (let ((?x229 (* |f[0]| ?x228)))
 (let ((?x235 (+ ?x229 ?x234)))
 (let ((?x240 (+ ?x235 ?x239)))
 (let ((?x206 (* |f[0]| ?x205)))
 (let ((?x207 (* 0.0 ?x206)))
 (let ((?x214 (/ ?x207 |probs[2]|)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (- ?x206)))
 (let ((?x210 (+ ?x209 ?x208)))
 (let ((?x211 (+ ?x208 ?x210)))
 (let ((?x212 (/ ?x211 ?x15)))
 (let ((?x140 (* |f[1]| ?x139)))
 (let ((?x141 (* 0.0 ?x140)))
 (let ((?x148 (/ ?x141 |probs[2]|)))
 (let ((?x143 (- ?x140)))
 (let ((?x142 (- ?x141)))
 (let ((?x144 (+ ?x142 ?x143)))
 (let ((?x145 (+ ?x142 ?x144)))
 (let ((?x146 (/ ?x145 ?x15)))
 (let ((?x85 (* |f[2]| ?x84)))
 (let ((?x92 (/ ?x85 |probs[2]|)))
 (let ((?x87 (* 0.0 ?x85)))
 (let ((?x88 (- ?x87)))
 (let ((?x89 (+ ?x88 ?x88)))
 (let ((?x86 (- ?x85)))
 (let ((?x90 (+ ?x86 ?x89)))
 (let ((?x91 (/ ?x90 ?x15)))
 (let ((?x93 (+ ?x91 ?x92)))
 (let ((?x147 (+ ?x93 ?x146)))
 (let ((?x149 (+ ?x147 ?x148)))
 (let ((?x213 (+ ?x149 ?x212)))
 (let ((?x215 (+ ?x213 ?x214)))
 (or (and (distinct ?x215 ?x240) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (let (($x30 (> log!9 0.0)))
 (= $x30 (> exp!1 1.0))))
(assert
 (let ((?x33 (+ 1.0 log!9)))
 (>= exp!1 ?x33)))
(assert
 (let (($x36 (= exp!1 |probs[2]|)))
 (let (($x35 (> |probs[2]| 0.0)))
 (=> $x35 $x36))))
(assert
 (let (($x39 (< log!9 log!9)))
 (= $x39 (< exp!2 exp!1))))
(assert
 (let (($x39 (< log!9 log!9)))
 (= $x39 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x30 (> log!9 0.0)))
 (= $x30 (> exp!2 1.0))))
(assert
 (let ((?x33 (+ 1.0 log!9)))
 (>= exp!2 ?x33)))
(assert
 (let (($x48 (= exp!2 |probs[2]|)))
 (let (($x35 (> |probs[2]| 0.0)))
 (=> $x35 $x48))))
(assert
 (let (($x53 (< log!12 log!9)))
 (= $x53 (< exp!3 exp!2))))
(assert
 (let (($x56 (< log!9 log!12)))
 (= $x56 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x60 (> log!12 0.0)))
 (= $x60 (> exp!3 1.0))))
(assert
 (let ((?x63 (+ 1.0 log!12)))
 (>= exp!3 ?x63)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x65 (> ?x15 0.0)))
 (=> $x65 (= exp!3 ?x15))))))
(assert
 (let (($x53 (< log!12 log!9)))
 (= $x53 (< exp!4 exp!2))))
(assert
 (let (($x56 (< log!9 log!12)))
 (= $x56 (< exp!2 exp!4))))
(assert
 (let (($x73 (< log!12 log!12)))
 (= $x73 (< exp!4 exp!3))))
(assert
 (let (($x73 (< log!12 log!12)))
 (= $x73 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x60 (> log!12 0.0)))
 (= $x60 (> exp!4 1.0))))
(assert
 (let ((?x63 (+ 1.0 log!12)))
 (>= exp!4 ?x63)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x65 (> ?x15 0.0)))
 (=> $x65 (= exp!4 ?x15))))))
(assert
 (let (($x97 (< log!8 log!9)))
 (= $x97 (< exp!5 exp!2))))
(assert
 (let (($x100 (< log!9 log!8)))
 (= $x100 (< exp!2 exp!5))))
(assert
 (let (($x103 (< log!8 log!12)))
 (= $x103 (< exp!5 exp!4))))
(assert
 (let (($x106 (< log!12 log!8)))
 (= $x106 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x110 (> log!8 0.0)))
 (= $x110 (> exp!5 1.0))))
(assert
 (let ((?x113 (+ 1.0 log!8)))
 (>= exp!5 ?x113)))
(assert
 (let (($x116 (= exp!5 |probs[1]|)))
 (let (($x115 (> |probs[1]| 0.0)))
 (=> $x115 $x116))))
(assert
 (let (($x97 (< log!8 log!9)))
 (= $x97 (< exp!6 exp!2))))
(assert
 (let (($x100 (< log!9 log!8)))
 (= $x100 (< exp!2 exp!6))))
(assert
 (let (($x103 (< log!8 log!12)))
 (= $x103 (< exp!6 exp!4))))
(assert
 (let (($x106 (< log!12 log!8)))
 (= $x106 (< exp!4 exp!6))))
(assert
 (let (($x127 (< log!8 log!8)))
 (= $x127 (< exp!6 exp!5))))
(assert
 (let (($x127 (< log!8 log!8)))
 (= $x127 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x110 (> log!8 0.0)))
 (= $x110 (> exp!6 1.0))))
(assert
 (let ((?x113 (+ 1.0 log!8)))
 (>= exp!6 ?x113)))
(assert
 (let (($x136 (= exp!6 |probs[1]|)))
 (let (($x115 (> |probs[1]| 0.0)))
 (=> $x115 $x136))))
(assert
 (let (($x153 (< log!7 log!9)))
 (= $x153 (< exp!7 exp!2))))
(assert
 (let (($x156 (< log!9 log!7)))
 (= $x156 (< exp!2 exp!7))))
(assert
 (let (($x159 (< log!7 log!12)))
 (= $x159 (< exp!7 exp!4))))
(assert
 (let (($x162 (< log!12 log!7)))
 (= $x162 (< exp!4 exp!7))))
(assert
 (let (($x165 (< log!7 log!8)))
 (= $x165 (< exp!7 exp!6))))
(assert
 (let (($x168 (< log!8 log!7)))
 (= $x168 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x172 (> log!7 0.0)))
 (= $x172 (> exp!7 1.0))))
(assert
 (let ((?x175 (+ 1.0 log!7)))
 (>= exp!7 ?x175)))
(assert
 (let (($x178 (= exp!7 |probs[0]|)))
 (let (($x177 (> |probs[0]| 0.0)))
 (=> $x177 $x178))))
(assert
 (let (($x153 (< log!7 log!9)))
 (= $x153 (< exp!8 exp!2))))
(assert
 (let (($x156 (< log!9 log!7)))
 (= $x156 (< exp!2 exp!8))))
(assert
 (let (($x159 (< log!7 log!12)))
 (= $x159 (< exp!8 exp!4))))
(assert
 (let (($x162 (< log!12 log!7)))
 (= $x162 (< exp!4 exp!8))))
(assert
 (let (($x165 (< log!7 log!8)))
 (= $x165 (< exp!8 exp!6))))
(assert
 (let (($x168 (< log!8 log!7)))
 (= $x168 (< exp!6 exp!8))))
(assert
 (let (($x193 (< log!7 log!7)))
 (= $x193 (< exp!8 exp!7))))
(assert
 (let (($x193 (< log!7 log!7)))
 (= $x193 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x172 (> log!7 0.0)))
 (= $x172 (> exp!8 1.0))))
(assert
 (let ((?x175 (+ 1.0 log!7)))
 (>= exp!8 ?x175)))
(assert
 (let (($x202 (= exp!8 |probs[0]|)))
(let (($x177 (> |probs[0]| 0.0)))
(=> $x177 $x202))))
(check-sat)
(pop 1)
